import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from './hash.ts';
import { scanFile } from './scan-file.ts';
import type { Source } from './table.ts';

/** Files under a folder, recursively, as sorted paths relative to `base` with `/` separators. */
async function walk(base: string, dir: string): Promise<string[]> {
	let entries;
	try {
		entries = await readdir(join(base, dir), { withFileTypes: true, recursive: true });
	} catch {
		return [];
	}
	return entries
		.filter((e) => e.isFile())
		.map((e) => relative(base, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
}

/** Scans every file of `raw/` and `reference/` once: hash and encoding. */
export async function discoverInputs(input: string): Promise<Map<string, Source>> {
	const files = [...(await walk(input, 'raw')), ...(await walk(input, 'reference'))];
	const sources = new Map<string, Source>();
	for (const file of files) {
		const path = join(input, file);
		sources.set(file, { path, file, facts: await scanFile(path) });
	}
	return sources;
}

const SCRIPTS = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Modules outside the builder's own folders whose code changes published bytes (the CSV bundle, the contract, the indicator types' SQL). */
const SHARED = [
	'sample/zip-dates.ts',
	'../src/lib/export/csv.ts',
	'../src/lib/data/provenance.ts',
	'../src/lib/i18n/messages/provenance.ts',
	'../src/lib/data/citation.ts',
	'../src/lib/format/date.ts',
	'../src/lib/format/indicator.ts',
	'../src/lib/format/number.ts',
	'../src/lib/contract/manifest.ts',
	'../src/lib/contract/check.ts'
];
/** Folders shared whole: the indicator types (their SQL and validation). */
const SHARED_DIRS = ['../src/lib/indicators'];
/** Libraries whose version changes the bytes we publish. */
const PACKAGES = [
	'@duckdb/node-api',
	'exceljs',
	'iconv-lite',
	'datamaps',
	'topojson-server',
	'fflate'
];

/**
 * The build key: inputs' hashes plus the builder's own source and library versions, so a change
 * to either makes the published data stale.
 */
export async function buildKey(sources: Map<string, Source>): Promise<string> {
	const parts: string[] = [];
	for (const [file, s] of sources) parts.push(`in ${file} ${s.facts.sha256}`);
	const own = (await walk(SCRIPTS, '.')).filter(
		(f) =>
			f.endsWith('.ts') && !f.endsWith('.test.ts') && !/bench|generate-sample|^sample\//.test(f)
	);
	const dirs = await Promise.all(
		SHARED_DIRS.map(async (d) =>
			(await readdir(join(SCRIPTS, d)))
				.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
				.sort()
				.map((f) => `${d}/${f}`)
		)
	);
	for (const f of [...own, ...SHARED, ...dirs.flat()])
		parts.push(`src ${f} ${sha256(await readFile(join(SCRIPTS, f)))}`);
	const require = createRequire(import.meta.url);
	for (const p of PACKAGES) {
		try {
			const pkg = JSON.parse(await readFile(require.resolve(`${p}/package.json`), 'utf8')) as {
				version: string;
			};
			parts.push(`pkg ${p} ${pkg.version}`);
		} catch {
			parts.push(`pkg ${p} ?`);
		}
	}
	return sha256(parts.join('\n'));
}

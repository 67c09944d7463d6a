import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text and WASM: what static hosts serve precompressed. Parquet, zip, images, woff2 already are. */
export const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.svg',
	'.wasm',
	'.txt',
	'.xml',
	'.csv',
	'.webmanifest'
]);

/** Below this, a compressed copy saves less than a packet: not worth a file. */
export const MIN_BYTES = 1024;

/**
 * Brotli quality 11 (the maximum), default 4 MiB window. Measured on duckdb-eh.wasm (34.2 MB,
 * one core of this 2-core machine): quality 11 → 5.19 MB in 61 s, 10 → 5.38 MB in 36 s,
 * 9 → 5.92 MB in 3.2 s, 6 → 6.10 MB in 1.0 s (gzip 9: 7.68 MB in 1.0 s). Quality 11 is 12 %
 * smaller than 9, 0.73 MB less for every first visit that loads the engine, and its minute is
 * paid once per content hash thanks to the cache. A 16 MiB window (lgwin 24) saved another 2 %
 * (5.07 MB) for three times the time: not taken.
 */
export const BROTLI_QUALITY = 11;
export const BROTLI_WINDOW = 22;
export const GZIP_LEVEL = 9;
/** Part of the cache key: other settings, other files. */
const SETTINGS = `q${BROTLI_QUALITY}w${BROTLI_WINDOW}`;

/** Should `file` (a path inside the build) of `size` bytes get `.br` and `.gz` copies? */
export function isCompressible(file: string, size: number): boolean {
	const name = file.split(/[\\/]/).at(-1) ?? '';
	if (name === '_headers' || name === '_redirects') return false;
	return size >= MIN_BYTES && COMPRESSIBLE.has(extname(name).toLowerCase());
}

export interface PrecompressResult {
	/** Files given compressed copies. */
	files: number;
	/** Files compressed now (the rest came from the cache). */
	compressed: number;
	bytes: number;
	brBytes: number;
	gzBytes: number;
	ms: number;
}

async function walk(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(
		entries.map((e) => {
			const full = join(dir, e.name);
			if (e.isDirectory()) return walk(full);
			return Promise.resolve(e.isFile() ? [full] : []);
		})
	);
	return nested.flat().sort();
}

let tmpCount = 0;
/**
 * A temporary name of its own for every write: two files of the same content share one cache
 * entry, and their concurrent writes must not rename each other's temporary file away.
 */
const tmpName = (path: string) => `${path}.${process.pid}.${++tmpCount}.tmp`;

/** Writes through a temporary name, so a reader never sees half a file. */
async function writeAtomic(path: string, data: Uint8Array): Promise<void> {
	const tmp = tmpName(path);
	await writeFile(tmp, data);
	await rename(tmp, path);
}

async function copyAtomic(from: string, to: string): Promise<void> {
	const tmp = tmpName(to);
	await copyFile(from, tmp);
	await rename(tmp, to);
}

const exists = (path: string) =>
	stat(path).then(
		() => true,
		() => false
	);

/** Compressed bytes of `data` in one format, from the cache or made now (and cached). */
async function compressed(
	data: Buffer,
	hash: string,
	kind: 'br' | 'gz',
	cacheDir: string
): Promise<{ path: string; fresh: boolean }> {
	const path = join(cacheDir, `${hash}.${kind === 'br' ? SETTINGS : `l${GZIP_LEVEL}`}.${kind}`);
	if (await exists(path)) return { path, fresh: true };
	const out =
		kind === 'br'
			? await brotli(data, {
					params: {
						[constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
						[constants.BROTLI_PARAM_LGWIN]: BROTLI_WINDOW,
						[constants.BROTLI_PARAM_SIZE_HINT]: data.length
					}
				})
			: await gz(data, { level: GZIP_LEVEL });
	await writeAtomic(path, out);
	return { path, fresh: false };
}

/** Runs `jobs` with at most `limit` at a time (zlib's async calls run on libuv's threads). */
async function pool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
	const results: T[] = new Array(jobs.length);
	let next = 0;
	const run = async () => {
		while (next < jobs.length) {
			const i = next++;
			results[i] = await jobs[i]!();
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, run));
	return results;
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file under `dir`. Compressed
 * bytes are kept in `cacheDir` by SHA-256 of the content (and the settings), so a build whose
 * files did not change compresses nothing. Same input, same bytes (gzip's header carries no
 * time or name here). A copy that would not be smaller than the file is not written.
 */
export async function precompress(
	dir: string,
	cacheDir: string,
	parallel = availableParallelism()
): Promise<PrecompressResult> {
	const t0 = performance.now();
	await mkdir(cacheDir, { recursive: true });
	const candidates: { file: string; size: number }[] = [];
	for (const file of await walk(dir)) {
		const { size } = await stat(file);
		if (isCompressible(relative(dir, file), size)) candidates.push({ file, size });
	}
	const result: PrecompressResult = {
		files: candidates.length,
		compressed: 0,
		bytes: 0,
		brBytes: 0,
		gzBytes: 0,
		ms: 0
	};
	// Largest first, each format its own job: the engine's brotli and gzip run side by side.
	candidates.sort((a, b) => b.size - a.size || (a.file < b.file ? -1 : 1));
	const loaded = new Map<string, Promise<{ data: Buffer; hash: string }>>();
	const load = (file: string) => {
		let p = loaded.get(file);
		if (!p) {
			p = readFile(file).then((data) => ({
				data,
				hash: createHash('sha256').update(data).digest('hex')
			}));
			loaded.set(file, p);
		}
		return p;
	};
	const jobs = candidates.flatMap(({ file, size }) =>
		(['br', 'gz'] as const).map((kind) => async () => {
			const { data, hash } = await load(file);
			const c = await compressed(data, hash, kind, cacheDir);
			const { size: csize } = await stat(c.path);
			const target = `${file}.${kind}`;
			if (csize < size) await copyAtomic(c.path, target);
			return { kind, size, csize: csize < size ? csize : 0, fresh: c.fresh };
		})
	);
	const done = await pool(jobs, Math.max(2, parallel));
	const compressedFiles = new Set<number>();
	done.forEach((d, i) => {
		if (!d.fresh) compressedFiles.add(Math.floor(i / 2));
		if (d.kind === 'br') {
			result.bytes += d.size;
			result.brBytes += d.csize;
		} else result.gzBytes += d.csize;
	});
	result.compressed = compressedFiles.size;
	result.ms = Math.round(performance.now() - t0);
	return result;
}

const MB = (n: number) => (n / 1e6).toLocaleString('es-CO', { maximumFractionDigits: 1 });

/** The build log line: `[built]` when something was compressed now, `[fresh]` when all was cached. */
export function precompressLine(r: PrecompressResult): string {
	return (
		`${r.compressed > 0 ? '[built]' : '[fresh]'} precompress: ${r.files} archivos, ` +
		`${MB(r.bytes)} MB → br ${MB(r.brBytes)} MB, gz ${MB(r.gzBytes)} MB, ${r.ms} ms` +
		(r.compressed > 0 ? ` (${r.compressed} comprimidos ahora)` : '')
	);
}

import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeDepartmentsTopo } from '../outputs/departamentos-topo.ts';
import { TABLES } from '../outputs/index.ts';
import { writeCsvBundle } from '../outputs/tablero-cluster-csv-zip.ts';
import type { Context } from './context.ts';
import { deriveAggregates } from './derive.ts';
import { buildKey, discoverInputs } from './discover.ts';
import { openDb } from './duckdb.ts';
import { freshManifest, makeManifest, manifestFiles, type Manifest } from './manifest.ts';
import { Report } from './report.ts';
import { stageTables } from './stage.ts';
import { publishDirs } from './swap.ts';
import { validateInputs } from './validate.ts';
import { writeTable, type FileEntry, type TableEntry } from './write-table.ts';

export interface BuildOptions {
	input: string;
	out: string;
	force?: boolean;
	log?: (line: string) => void;
	/** Publication time for the manifest; defaults to `publicationTime` (inputs or SOURCE_DATE_EPOCH). */
	now?: Date;
}

export interface BuildResult {
	status: 'built' | 'fresh' | 'failed';
	report: Report;
	manifest: Manifest | null;
}

const ms = (t0: number) => `${Math.round(performance.now() - t0)} ms`;

/** Removes temp dirs left by builds that were killed (their process no longer exists). */
async function removeStaleTemps(out: string): Promise<void> {
	const names = await readdir(out).catch(() => [] as string[]);
	for (const name of names) {
		const pid = Number(/^\.tmp-build-(\d+)$/.exec(name)?.[1]);
		if (!pid || pid === process.pid) continue;
		try {
			process.kill(pid, 0);
		} catch {
			await rm(join(out, name), { recursive: true, force: true });
		}
	}
}

/**
 * The publication time written to the manifest (and the zip's file dates): `SOURCE_DATE_EPOCH`
 * when set (reproducible-builds.org), otherwise taken from the inputs, the latest edition's
 * `fecha_corte` at 00:00 UTC, so two builds of the same inputs give the same bytes.
 */
export function publicationTime(ediciones: { fecha_corte: string }[]): Date {
	const epoch = process.env.SOURCE_DATE_EPOCH;
	const latest = ediciones
		.map((e) => e.fecha_corte)
		.sort()
		.at(-1);
	const t =
		epoch && /^\d+$/.test(epoch)
			? new Date(Number(epoch) * 1000)
			: new Date(`${latest ?? '1980-01-01'}T00:00:00Z`);
	// Zip entries cannot be dated before 1980 (SOURCE_DATE_EPOCH=0 is a common choice).
	return t < ZIP_EPOCH ? ZIP_EPOCH : t;
}
const ZIP_EPOCH = new Date('1980-01-01T00:00:00Z');

/**
 * Runs the whole data build: scan inputs, skip if fresh, validate everything, then write all
 * outputs into `<out>/.tmp-build-<pid>` and swap `data/` and `geo/` in. On any error nothing
 * under `<out>` changes.
 */
export async function build(opts: BuildOptions): Promise<BuildResult> {
	const log = opts.log ?? ((l: string) => console.log(l));
	const report = new Report();
	const sources = await discoverInputs(opts.input);
	const clave = await buildKey(sources);
	if (!opts.force) {
		const t0 = performance.now();
		const fresh = await freshManifest(opts.out, clave);
		if (fresh) {
			for (const f of manifestFiles(fresh)) log(`[fresh] ${f.archivo} ${f.bytes} B ${ms(t0)}`);
			return { status: 'fresh', report, manifest: fresh };
		}
	}
	await removeStaleTemps(opts.out);
	const tmp = join(opts.out, `.tmp-build-${process.pid}`);
	await rm(tmp, { recursive: true, force: true });
	await mkdir(join(tmp, 'data'), { recursive: true });
	await mkdir(join(tmp, 'duckdb'), { recursive: true });
	const db = await openDb(join(tmp, 'duckdb'));
	try {
		const ctx: Context = { report, sources, aliases: new Map() };
		const t0 = performance.now();
		const v = await validateInputs(ctx, db.conn);
		for (const line of report.lines()) log(line);
		log(
			`[check] ${sources.size} archivos: ${report.errorCount} errores, ${report.warningCount} avisos ${ms(t0)}`
		);
		if (!v) return { status: 'failed', report, manifest: null };
		await stageTables(db.conn, v);
		await deriveAggregates(db.conn);
		const tablas: Record<string, TableEntry> = {};
		for (const t of TABLES) {
			const t1 = performance.now();
			const entry = await writeTable(db.conn, t, join(tmp, 'data'));
			tablas[t.tabla] = entry;
			for (const f of entry.archivos)
				log(`[built] data/${f.archivo} ${f.bytes} B ${ms(t1)} (${entry.filas} filas)`);
		}
		const t2 = performance.now();
		const geo: FileEntry = await writeDepartmentsTopo(v.departamentos, tmp);
		log(`[built] ${geo.archivo} ${geo.bytes} B ${ms(t2)}`);
		const entradas = Object.fromEntries([...sources].map(([f, s]) => [f, s.facts.sha256]));
		const manifest = makeManifest(
			v,
			tablas,
			geo,
			entradas,
			clave,
			opts.now ?? publicationTime(v.ediciones)
		);
		const t3 = performance.now();
		manifest.paquete_csv = await writeCsvBundle(db.conn, tmp, manifest);
		log(`[built] ${manifest.paquete_csv.archivo} ${manifest.paquete_csv.bytes} B ${ms(t3)}`);
		const text = `${JSON.stringify(manifest, null, '\t')}\n`;
		await writeFile(join(tmp, 'data', 'manifest.json'), text);
		log(`[built] data/manifest.json ${Buffer.byteLength(text)} B (versión ${manifest.version})`);
		db.close();
		await rm(join(tmp, 'duckdb'), { recursive: true, force: true });
		await mkdir(opts.out, { recursive: true });
		await publishDirs(tmp, opts.out, ['data', 'geo']);
		return { status: 'built', report, manifest };
	} finally {
		db.close();
		await rm(tmp, { recursive: true, force: true });
	}
}

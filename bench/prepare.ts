/**
 * Builds one benchmark site: synthetic input at a scale → data build → vite build, all under
 * `.cache/bench/scale-<n>/` (git-ignored). The published `static/` and `build/` are not touched:
 * the site build reads `TABLERO_STATIC_DIR` and writes `TABLERO_BUILD_DIR` (svelte.config.js).
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { parquetMetadata } from 'hyparquet';
import { generateSample } from '../scripts/sample/generate-sample.ts';

const gzipAsync = promisify(gzip);

export const CACHE = resolve('.cache/bench');

/** How many initiative profiles a benchmark build prerenders (the map page is what we measure). */
const PERFILES_MAX = '20';

export interface TableSizes {
	filas: number;
	parquet: number;
	parquetGzip: number;
	/** Row groups: the page reads only those whose statistics match its filter. */
	grupos: number;
}

/** The tables the map page reads in the browser (the published Parquet itself). */
const BROWSER_TABLES = [
	'agregados_departamento',
	'distribucion_departamento',
	'iniciativas',
	'iniciativa_departamentos',
	'resultados'
];

export interface PreparedSite {
	scale: number;
	/** The built site (adapter-static output). */
	buildDir: string;
	/** Rows of the published `resultados` table. */
	resultRows: number;
	/** Rows of `iniciativas`. */
	initiatives: number;
	/** Raw and gzip bytes of the Arrow and Parquet files of each table the browser reads. */
	tables: Record<string, TableSizes>;
	/** A shared link to a view other than the default: its query string and indicator. */
	link: { query: string; indicador: string };
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, quiet: boolean): Promise<void> {
	return new Promise((ok, fail) => {
		const child = spawn(cmd, args, {
			env: { ...process.env, ...env },
			stdio: ['ignore', quiet ? 'pipe' : 'inherit', 'pipe']
		});
		let err = '';
		let out = '';
		child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
		child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
		child.on('exit', (code) =>
			code === 0
				? ok()
				: fail(new Error(`${cmd} ${args.join(' ')} terminó con código ${code}\n${out}\n${err}`))
		);
	});
}

/** Generates the input once per scale and seed (the generator is deterministic). */
async function input(dir: string, scale: number, seed: number): Promise<void> {
	const stamp = join(dir, '.bench-stamp');
	const want = JSON.stringify({ scale, seed });
	if ((await readFile(stamp, 'utf8').catch(() => '')) === want) return;
	await rm(dir, { recursive: true, force: true });
	await generateSample({ scale, outDir: dir, seed });
	await writeFile(stamp, want);
}

/** The committed files of `static/` (worker guard, favicon) copied beside the generated data. */
async function copyStaticExtras(staticDir: string): Promise<void> {
	await mkdir(staticDir, { recursive: true });
	for (const name of await readdir('static')) {
		if (name === 'data' || name === 'geo') continue;
		await cp(join('static', name), join(staticDir, name), { recursive: true });
	}
}

export interface PrepareOptions {
	scale: number;
	seed?: number;
	/** Reuse an existing site build (only the measurement runs). */
	reuse?: boolean;
	log?: (line: string) => void;
}

/** Generates, builds data and builds the site for one scale. */
export async function prepareSite(o: PrepareOptions): Promise<PreparedSite> {
	const log = o.log ?? (() => {});
	const root = join(CACHE, `scale-${o.scale}`);
	const inputDir = join(root, 'input');
	const staticDir = join(root, 'static');
	const buildDir = join(root, 'build');
	const built = await readFile(join(buildDir, 'index.html')).then(
		() => true,
		() => false
	);
	if (!(o.reuse && built)) {
		let t = performance.now();
		await input(inputDir, o.scale, o.seed ?? 7);
		log(`  entrada ×${o.scale}: ${Math.round(performance.now() - t)} ms`);
		t = performance.now();
		await copyStaticExtras(staticDir);
		await run(
			process.execPath,
			['--import', 'tsx', 'scripts/build-data.ts', '--input', inputDir, '--out', staticDir],
			{},
			true
		);
		log(`  datos: ${Math.round(performance.now() - t)} ms`);
		t = performance.now();
		await run(
			process.execPath,
			['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
			{
				TABLERO_STATIC_DIR: staticDir,
				TABLERO_BUILD_DIR: buildDir,
				TABLERO_KIT_DIR: join(root, 'kit'),
				TABLERO_PERFILES_MAX: PERFILES_MAX
			},
			true
		);
		// As `npm run build` does: .br/.gz beside each file (cached by content, so the engine's
		// brotli 11 is paid once per machine, not per benchmark build).
		await run(process.execPath, ['--import', 'tsx', 'scripts/precompress.ts', buildDir], {}, true);
		log(`  sitio: ${Math.round(performance.now() - t)} ms`);
	}
	const manifest = JSON.parse(await readFile(join(staticDir, 'data', 'manifest.json'), 'utf8')) as {
		tablas: Record<string, { filas: number }>;
		indicadores: { codigo: string }[];
		ediciones: { edicion: number }[];
		sectores: { sector_id: string }[];
	};
	const tables: PreparedSite['tables'] = {};
	for (const name of BROWSER_TABLES) {
		const parquet = await readFile(join(staticDir, 'data', `${name}.parquet`));
		const buffer = parquet.buffer.slice(parquet.byteOffset, parquet.byteOffset + parquet.length);
		tables[name] = {
			filas: manifest.tablas[name]?.filas ?? 0,
			parquet: parquet.length,
			parquetGzip: (await gzipAsync(parquet, { level: 9 })).length,
			grupos: parquetMetadata(buffer as ArrayBuffer).row_groups.length
		};
	}
	// The second indicator, the first edition and the first sector: none of them the default.
	const indicador = manifest.indicadores[1]?.codigo ?? '';
	const link = {
		indicador,
		query: `indicador=${indicador}&edicion=${manifest.ediciones[0]?.edicion}&sector=${manifest.sectores[0]?.sector_id}`
	};
	return {
		scale: o.scale,
		buildDir,
		link,
		resultRows: manifest.tablas.resultados?.filas ?? 0,
		initiatives: manifest.tablas.iniciativas?.filas ?? 0,
		tables
	};
}

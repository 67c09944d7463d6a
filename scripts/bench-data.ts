/**
 * `npm run bench:data [-- --scale N --keep]`: times the data build on a large synthetic input
 * (≥ 1 million result values at the default scale) and writes `bench/data-results.json`.
 * The build runs in a child process so its peak RSS (VmHWM) is measured alone.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSample } from './sample/generate-sample.ts';

const { values } = parseArgs({
	options: { scale: { type: 'string', default: '240' }, keep: { type: 'boolean', default: false } }
});
const scale = Number(values.scale);
const root = join(tmpdir(), `tablero-bench-data-${process.pid}`);
const input = join(root, 'in');
const out = join(root, 'out');

/** Peak resident set of a running process, from /proc (Linux); 0 if it has already exited. */
async function vmHwmKiB(pid: number): Promise<number> {
	const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
	return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/** Runs the build in a child Node with tsx, polling its peak RSS until it exits. */
function runBuild(): Promise<{ ms: number; peakKiB: number; code: number; log: string }> {
	return new Promise((resolve) => {
		const t0 = performance.now();
		const child = spawn(
			process.execPath,
			['--import', 'tsx', 'scripts/build-data.ts', '--input', input, '--out', out, '--force'],
			{ stdio: ['ignore', 'pipe', 'inherit'] }
		);
		let log = '';
		let peakKiB = 0;
		child.stdout.on('data', (d: Buffer) => (log += d.toString()));
		const timer = setInterval(async () => {
			peakKiB = Math.max(peakKiB, await vmHwmKiB(child.pid ?? 0));
		}, 25);
		child.on('exit', (code) => {
			clearInterval(timer);
			resolve({ ms: performance.now() - t0, peakKiB, code: code ?? 1, log });
		});
	});
}

await rm(root, { recursive: true, force: true });
await mkdir(root, { recursive: true });
const g0 = performance.now();
const sample = await generateSample({ scale, outDir: input, seed: 7 });
const generateMs = performance.now() - g0;
console.log(
	`muestra ×${scale}: ${sample.resultRows.toLocaleString('es-CO')} valores en ${Math.round(generateMs)} ms`
);

const run = await runBuild();
process.stdout.write(run.log);
if (run.code !== 0) throw new Error(`la compilación falló (código ${run.code})`);
const manifest = JSON.parse(await readFile(join(out, 'data', 'manifest.json'), 'utf8')) as {
	tablas: Record<string, { filas: number }>;
};
const rows = manifest.tablas.resultados?.filas ?? 0;
const result = {
	fecha: new Date().toISOString(),
	escala: scale,
	filas_resultados: rows,
	tiempo_s: Number((run.ms / 1000).toFixed(2)),
	filas_por_s: Math.round(rows / (run.ms / 1000)),
	rss_pico_mib: Math.round(run.peakKiB / 1024),
	generar_muestra_s: Number((generateMs / 1000).toFixed(2)),
	nucleos: cpus().length,
	node: process.version
};
console.log(result);
await mkdir('bench', { recursive: true });
await writeFile(join('bench', 'data-results.json'), `${JSON.stringify(result, null, '\t')}\n`);
if (!values.keep) await rm(root, { recursive: true, force: true });
else console.log(`entrada y salida en ${root}`);

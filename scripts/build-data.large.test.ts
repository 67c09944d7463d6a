// `npm run test:large`: the data build on a ~200 MB SSME export, written streaming into a temp
// folder (never committed). The build runs as a child process (`npm run data -- --input … --out …`)
// so its peak RSS (VmHWM, Linux) is its own. Slow (about a minute on 2 cores), so it is kept out of
// `vitest run` and run by .ci/run as its own step.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const TARGET_BYTES = 200 * 1024 * 1024;
const MAX_RSS_BYTES = 1.5 * 1024 ** 3;
/** Generous for 2 busy cores; the measured time is printed so a slowdown is visible before this. */
const MAX_SECONDS = 300;

const tmp = mkdtempSync(join(tmpdir(), 'build-large-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes `lines()` to `path` respecting back-pressure, until the file reaches `bytes`. */
async function writeStreaming(path: string, header: string, row: (i: number) => string) {
	const out = createWriteStream(path);
	let written = 0;
	let i = 0;
	out.write(`${header}\n`);
	while (written < TARGET_BYTES) {
		let chunk = '';
		for (let k = 0; k < 2000; k++) chunk += `${row(i++)}\n`;
		written += Buffer.byteLength(chunk);
		if (!out.write(chunk)) await once(out, 'drain');
	}
	out.end();
	await once(out, 'finish');
	return i;
}

/** Peak resident set of a running process (KiB), or 0 once it has exited. */
async function vmHwmKiB(pid: number): Promise<number> {
	const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
	return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

interface Run {
	code: number;
	seconds: number;
	peakBytes: number;
	stdout: string;
	stderr: string;
}

/** `npm run data -- --input <input> --out <out>` in a child process, sampling its peak RSS. */
function runData(input: string, out: string): Promise<Run> {
	return new Promise((resolve) => {
		const t0 = performance.now();
		// Node itself rather than npm: npm's wrapper would be the measured process, not the build.
		const child = spawn(
			process.execPath,
			['--import', 'tsx', 'scripts/build-data.ts', '--input', input, '--out', out],
			{ cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }
		);
		let stdout = '';
		let stderr = '';
		let peakKiB = 0;
		child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
		child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
		const timer = setInterval(async () => {
			peakKiB = Math.max(peakKiB, await vmHwmKiB(child.pid ?? 0));
		}, 20);
		child.on('exit', (code) => {
			clearInterval(timer);
			resolve({
				code: code ?? 1,
				seconds: (performance.now() - t0) / 1000,
				peakBytes: peakKiB * 1024,
				stdout,
				stderr
			});
		});
	});
}

function report(label: string, r: Run, bytes: number) {
	const mib = (n: number) => (n / 1024 ** 2).toFixed(0);
	console.log(
		`[large] ${label}: ${mib(bytes)} MiB in ${r.seconds.toFixed(1)} s, peak RSS ${mib(r.peakBytes)} MiB, exit ${r.code}`
	);
}

describe('npm run data on a ~200 MB SSME export', () => {
	const input = join(tmp, 'in');
	const ids = readFileSync(join(ROOT, 'data/raw/iniciativas.csv'), 'utf8')
		.split('\n')
		.slice(1)
		.filter(Boolean)
		.map((l) => l.split(',')[0]!);
	const header = readFileSync(join(ROOT, 'data/raw/ssme/1.csv'), 'utf8').split('\n')[0]!;

	beforeAll(() => {
		cpSync(join(ROOT, 'data/raw'), join(input, 'raw'), { recursive: true });
		cpSync(join(ROOT, 'data/reference'), join(input, 'reference'), { recursive: true });
	});

	it('streams a 200 MB edition with a bad value in every row: bounded memory, summarised errors', async () => {
		// Every initiative of the catalog once (valid rows), then the same initiatives again and
		// again: each repeat is an error the build must count without keeping the rows.
		const file = join(input, 'raw/ssme/3.csv');
		const rows = await writeStreaming(file, header, (i) => {
			const id = ids[i % ids.length]!;
			const v = (k: number) => ((i * 31 + k * 17) % 997) / 10;
			return `${id},intermedio,${v(1)},Sí,${v(2)},5,${v(3)},4,${v(4)},${v(5)},${i % 500},${i % 9000},${v(6)},${v(7)},7,${v(8)}`;
		});
		const bytes = (await stat(file)).size;
		expect(bytes).toBeGreaterThanOrEqual(TARGET_BYTES);

		const out = join(tmp, 'out-dup');
		const r = await runData(input, out);
		report('repeated initiatives', r, bytes);
		expect(r.code).toBe(1);
		const repeats = rows - ids.length;
		// 100 listed, the rest counted in one line.
		const log = r.stdout + r.stderr;
		expect(log.match(/iniciativa repetida en la edición 3/g)?.length ?? 0).toBe(100);
		const more =
			/ERROR raw\/ssme\/3\.csv: y ([\d.]+) más con la misma regla \(no se listan\) \[duplicado\]/;
		expect(Number(more.exec(log)?.[1]?.replace(/\./g, ''))).toBe(repeats - 100);
		expect(r.stderr).not.toMatch(/ERROR interno|\n\s+at /);
		expect(existsSync(join(out, 'data'))).toBe(false); // nothing published
		expect(r.peakBytes).toBeGreaterThan(0);
		expect(r.peakBytes).toBeLessThan(MAX_RSS_BYTES);
		expect(r.seconds).toBeLessThan(MAX_SECONDS);
	}, 600_000);

	it('streams a 200 MB edition whose first quote never closes: one error, bounded memory', async () => {
		const file = join(input, 'raw/ssme/3.csv');
		const row = `${ids[0]},"intermedio,1,Sí,2,5,3,4,4,5,6,7,8,9,7,10`;
		await writeStreaming(file, header, (i) => (i === 0 ? row : row.replace('"', '')));
		const bytes = (await stat(file)).size;

		const out = join(tmp, 'out-quote');
		const r = await runData(input, out);
		report('unclosed quote', r, bytes);
		expect(r.code).toBe(1);
		expect(r.stdout + r.stderr).toContain(
			'ERROR raw/ssme/3.csv fila 2: comillas sin cerrar al final del archivo [comillas]'
		);
		expect(existsSync(join(out, 'data'))).toBe(false);
		expect(r.peakBytes).toBeLessThan(MAX_RSS_BYTES);
		expect(r.seconds).toBeLessThan(MAX_SECONDS);
	}, 600_000);
});

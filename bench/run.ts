/**
 * `npm run bench`: builds the site at scale 1 and at a scale with ≥ 1,000,000 result rows, serves
 * each build compressed on 127.0.0.1 and measures `/` in headless Chromium, unthrottled and as a
 * 3G mid-range phone. Writes bench/results.json and bench/RESULTS.md (see bench/README.md).
 *
 * `npm run bench -- --quick`: scale 1, one unthrottled run, 10 changes; writes only
 * bench/out/quick.json. It exits non-zero only when something is broken (build, page errors,
 * DuckDB not starting, a change never settling), never because a figure misses its target.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { launchOptions } from '../tests/e2e/chromium.ts';
import { measureRun, type RunResult } from './measure.ts';
import { prepareSite, type TableSizes } from './prepare.ts';
import { renderReport } from './report.ts';
import { serveStatic } from './serve.ts';
import {
	measureEngineFree,
	measureLanguages,
	type LanguageViewResult,
	measureEngineOnDemand,
	measureSharedLink,
	type EngineFreeResult,
	type EngineResult
} from './visits.ts';
import { summarise, type ProfileSummary } from './summary.ts';
import { PROFILES } from './throttle.ts';

export interface BenchResults {
	fecha: string;
	maquina: {
		nucleos: number;
		cpu: string;
		node: string;
		chromium: string;
		/** 1-minute load average at the start and end: other work on the machine skews timings. */
		carga: { inicio: number; fin: number };
	};
	opciones: { corridas: number; cambios: number; rapido: boolean };
	/** Runs that failed once (e.g. a stalled throttled load) and were measured again. */
	reintentos: number;
	escalas: {
		escala: number;
		filasResultados: number;
		iniciativas: number;
		tablas: Record<string, TableSizes>;
		perfiles: Record<
			string,
			{
				etiqueta: string;
				resumen: ProfileSummary;
				corridas: RunResult[];
				/** The engine started on demand (brotli server), once per profile. */
				motor?: EngineResult;
				/** Evolution and the embeds, which must never download the engine. */
				sinMotor?: EngineFreeResult;
				/** The same pages in Spanish and English, first visits. */
				idiomas?: LanguageViewResult[];
			}
		>;
	}[];
}

const { values } = parseArgs({
	options: {
		quick: { type: 'boolean', default: false },
		runs: { type: 'string' },
		changes: { type: 'string' },
		scales: { type: 'string' },
		profiles: { type: 'string' },
		reuse: { type: 'boolean', default: false }
	}
});
const quick = values.quick;
const runs = Number(values.runs ?? (quick ? 1 : 3));
const changes = Number(values.changes ?? (quick ? 10 : 52));
const scales = (values.scales ?? (quick ? '1' : '1,238')).split(',').map(Number);
const profiles = PROFILES.filter((p) =>
	(values.profiles ?? (quick ? 'sin_limite' : 'sin_limite,movil_3g')).split(',').includes(p.id)
);
for (const [name, v] of [
	['--runs', runs],
	['--changes', changes],
	...scales.map((s) => ['--scales', s] as const)
] as const) {
	if (!Number.isInteger(v) || v < 1) {
		console.error(`${name} debe ser un entero positivo`);
		process.exit(2);
	}
}
if (profiles.length === 0) {
	console.error('--profiles: use sin_limite, movil_3g o ambos separados por coma');
	process.exit(2);
}

const log = (line: string) => console.log(line);
const browser = await chromium.launch(launchOptions());
const results: BenchResults = {
	fecha: new Date().toISOString(),
	maquina: {
		nucleos: cpus().length,
		cpu: cpus()[0]?.model.trim() ?? '?',
		node: process.version,
		chromium: `Chromium ${browser.version()}`,
		carga: { inicio: loadavg()[0]!, fin: 0 }
	},
	opciones: { corridas: runs, cambios: changes, rapido: quick },
	reintentos: 0,
	escalas: []
};
let retries = 0;

try {
	for (const scale of scales) {
		log(`escala ${scale}: preparando…`);
		const site = await prepareSite({ scale, reuse: values.reuse, log });
		log(`  ${site.resultRows.toLocaleString('es-CO')} filas de resultados`);
		const server = await serveStatic(site.buildDir);
		await server.warm();
		// The engine on demand is measured as a host serving precompressed brotli would send it.
		const brServer = await serveStatic(site.buildDir, { brotli: true });
		const tBrotli = performance.now();
		// Brotli 11 of the 34 MB engine takes about a minute on 2 cores unless the build has its
		// precompressed `.br` (npm run build writes them): done before measuring, like a host would.
		await brServer.warm();
		log(`  brotli 11 de todo el sitio: ${Math.round(performance.now() - tBrotli)} ms`);
		const iniciativa = (await readdir(join(site.buildDir, 'embed', 'iniciativa')))
			.find((f) => f.endsWith('.html'))!
			.replace(/\.html$/, '');
		// Bogotá (many initiatives at every scale), or the first department page built.
		const departamentos = (await readdir(join(site.buildDir, 'departamentos'))).filter((f) =>
			f.endsWith('.html')
		);
		const departamento = (
			departamentos.includes('11.html') ? '11.html' : departamentos.sort()[0]!
		).replace(/\.html$/, '');
		const link = site.link;
		const entry: BenchResults['escalas'][number] = {
			escala: scale,
			filasResultados: site.resultRows,
			iniciativas: site.initiatives,
			tablas: site.tables,
			perfiles: {}
		};
		try {
			for (const profile of profiles) {
				const done: RunResult[] = [];
				for (let i = 0; i < runs; i++) {
					const t = performance.now();
					const measure = () =>
						measureRun({
							browser,
							server,
							profile,
							changes,
							changeTimeoutMs: profile.network ? 180_000 : 60_000
						}).then(async (r) => {
							r.enlace = await measureSharedLink({
								browser,
								server,
								profile,
								timeoutMs: profile.network ? 180_000 : 60_000,
								...link
							});
							return r;
						});
					// A throttled page load can stall on a busy 2-core machine: one retry in a fresh
					// context, said in the log and counted in the results, before giving up.
					const r = await measure().catch(async (e: unknown) => {
						log(
							`  ${profile.id} #${i + 1}: falló (${String(e).split('\n')[0]}); se repite una vez`
						);
						retries++;
						return measure();
					});
					done.push(r);
					const dom = r.cambios.map((c) => c.dom).sort((a, b) => a - b);
					log(
						`  ${profile.id} #${i + 1}: FCP ${Math.round(r.fcp ?? -1)} ms, mapa ${Math.round(r.mapa ?? -1)} ms, ` +
							`enlace ${Math.round(r.enlace?.vistaPropiaMs ?? -1)} ms, motor ${r.motorBytes} B, primera vista ${(r.primeraVista.total / 1024).toFixed(1)} KB, ` +
							`cambio mediana ${dom[Math.floor(dom.length / 2)]?.toFixed(1)} ms máx ${dom.at(-1)?.toFixed(1)} ms ` +
							`(${Math.round((performance.now() - t) / 1000)} s)`
					);
				}
				const visit = { browser, profile, timeoutMs: profile.network ? 300_000 : 60_000 };
				const sinMotor = await measureEngineFree(
					{ ...visit, server },
					{ iniciativa, departamento }
				);
				const idiomas = await measureLanguages({ ...visit, server }, { iniciativa, departamento });
				const motor = await measureEngineOnDemand({ ...visit, server: brServer });
				log(
					`  ${profile.id}: motor a demanda listo ${Math.round(motor.listoMs ?? -1)} ms ` +
						`(${(motor.motorBytes / 1e6).toFixed(1)} MB ${motor.codificacion}); ` +
						`evolución y embeds: ${sinMotor.motorBytes} B de motor`
				);
				entry.perfiles[profile.id] = {
					etiqueta: profile.label,
					resumen: summarise(done),
					corridas: done,
					motor,
					sinMotor,
					idiomas
				};
			}
		} finally {
			await server.close();
			await brServer.close();
		}
		results.escalas.push(entry);
	}
} finally {
	await browser.close();
}

results.maquina.carga.fin = loadavg()[0]!;
results.reintentos = retries;
await mkdir('bench/out', { recursive: true });
if (quick || values.scales || values.profiles) {
	// Partial runs never overwrite the figures on record.
	await writeFile('bench/out/quick.json', `${JSON.stringify(results, null, '\t')}\n`);
	await writeFile('bench/out/RESULTS.md', renderReport(results));
	log('resultados en bench/out/quick.json y bench/out/RESULTS.md');
} else {
	await writeFile('bench/results.json', `${JSON.stringify(results, null, '\t')}\n`);
	await writeFile('bench/RESULTS.md', renderReport(results));
	log('resultados en bench/results.json y bench/RESULTS.md');
}

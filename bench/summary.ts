/** Runs → the figures the report shows: medians and min–max over runs, latency percentiles. */
import type { Bytes, ChangeSample, RunResult } from './measure.ts';
import { percentile, round, spread, type Spread } from './stats.ts';

export const TARGETS = {
	primeraVistaKB: 150,
	mapaMs: 1000,
	cambioP95Ms: { escala1: 50, millon: 150 },
	/** A shared link's own view, from navigation start (issue 10: ≤ 2 s on 3G). */
	enlaceMs: 2000,
	/** A map control change, counted from hydration (issue 10: ≤ 100 ms on 3G). */
	cambioMapaP95Ms: 100,
	/** The first department panel at 1 M rows. */
	primerDepartamentoMs: 3000
} as const;

export type LatencyGroup = 'todos' | 'frio' | 'tibio' | 'departamento';

export interface Latency {
	/** p50 and p95 of "change → DOM updated", per run, as median and range over runs. */
	p50: Spread;
	p95: Spread;
	/** p95 of "change → next frame". */
	p95Cuadro: Spread;
	/** Changes per run in this group. */
	n: number;
}

export interface ProfileSummary {
	runs: number;
	fcp: Spread;
	mapa: Spread;
	load: Spread;
	hidratado: Spread;
	duckdb: Spread;
	primeraVista: Record<keyof Bytes, Spread>;
	primeraVistaBrotli: Record<keyof Bytes, Spread>;
	/** Engine bytes served during the map session (every change included): 0 is the target. */
	motorBytes: Spread;
	/** A shared link to another view: its own view drawn, ms; bytes until then. */
	enlace: Spread;
	enlaceBytes: Spread;
	wasmAntesDePintar: boolean;
	latencia: Record<LatencyGroup, Latency>;
	/** Map controls only: the map, legend and national figure updated (panel not awaited). */
	soloMapa: { p50: Spread; p95: Spread; n: number };
	/** The first department change (downloads the initiative tables the first time). */
	primerDepartamento: Spread;
	heapPicoMiB: Spread;
	/** Download + ingest of each table, ms, over runs. */
	tablas: Record<string, Spread>;
	/** Queries pooled over runs, by the tables they read: count per run, p50 and p95 in ms. */
	consultas: Record<string, { n: number; p50: number | null; p95: number | null }>;
}

function bytesSpread(runs: RunResult[], pick: (r: RunResult) => Bytes) {
	const keys = Object.keys(pick(runs[0]!)) as (keyof Bytes)[];
	return Object.fromEntries(keys.map((k) => [k, spread(runs.map((r) => pick(r)[k]))])) as Record<
		keyof Bytes,
		Spread
	>;
}

function group(samples: ChangeSample[], g: LatencyGroup): ChangeSample[] {
	if (g === 'todos') return samples;
	if (g === 'departamento') return samples.filter((s) => s.tipo === 'departamento' && !s.primero);
	return samples.filter((s) => s.tipo === g);
}

export function summarise(runs: RunResult[]): ProfileSummary {
	const latencia = Object.fromEntries(
		(['todos', 'frio', 'tibio', 'departamento'] as const).map((g) => {
			const per = runs.map((r) => group(r.cambios, g));
			return [
				g,
				{
					p50: spread(
						per.map((s) =>
							percentile(
								s.map((c) => c.dom),
								50
							)
						)
					),
					p95: spread(
						per.map((s) =>
							percentile(
								s.map((c) => c.dom),
								95
							)
						)
					),
					p95Cuadro: spread(
						per.map((s) =>
							percentile(
								s.map((c) => c.frame),
								95
							)
						)
					),
					n: per[0]?.length ?? 0
				}
			];
		})
	) as Record<LatencyGroup, Latency>;
	const mapOnly = runs.map((r) =>
		r.cambios.filter((c) => c.control !== 'depto' && c.mapa !== null).map((c) => c.mapa!)
	);
	return {
		runs: runs.length,
		soloMapa: {
			p50: spread(mapOnly.map((m) => percentile(m, 50))),
			p95: spread(mapOnly.map((m) => percentile(m, 95))),
			n: mapOnly[0]?.length ?? 0
		},
		fcp: spread(runs.map((r) => r.fcp)),
		mapa: spread(runs.map((r) => r.mapa)),
		load: spread(runs.map((r) => r.load)),
		hidratado: spread(runs.map((r) => r.hidratado)),
		duckdb: spread(runs.map((r) => r.duckdb)),
		primeraVista: bytesSpread(runs, (r) => r.primeraVista),
		primeraVistaBrotli: bytesSpread(runs, (r) => r.primeraVistaBrotli),
		motorBytes: spread(runs.map((r) => r.motorBytes)),
		enlace: spread(runs.map((r) => r.enlace?.vistaPropiaMs ?? null)),
		enlaceBytes: spread(runs.map((r) => r.enlace?.bytes ?? null)),
		wasmAntesDePintar: runs.some((r) => r.wasmAntesDePintar.length > 0),
		latencia,
		primerDepartamento: spread(
			runs.map((r) => round(r.cambios.find((c) => c.primero)?.dom ?? null))
		),
		heapPicoMiB: spread(runs.map((r) => r.heapPicoMiB)),
		tablas: Object.fromEntries(
			[...new Set(runs.flatMap((r) => r.tablas.map((t) => t.tabla)))].map((t) => [
				t,
				spread(runs.map((r) => r.tablas.find((x) => x.tabla === t)?.ms ?? null))
			])
		),
		consultas: Object.fromEntries(
			[...new Set(runs.flatMap((r) => r.consultas.map((q) => q.tablas)))].map((t) => {
				const ms = runs.flatMap((r) => r.consultas.filter((q) => q.tablas === t).map((q) => q.ms));
				return [
					t,
					{
						n: Math.round(ms.length / runs.length),
						p50: round(percentile(ms, 50)),
						p95: round(percentile(ms, 95))
					}
				];
			})
		)
	};
}

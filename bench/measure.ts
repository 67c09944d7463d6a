/**
 * One measured visit of `/` in a fresh browser context (empty cache): first-view bytes and
 * timings, control-change latencies counted from hydration (the map needs no engine), the bytes
 * of engine downloaded during the whole visit (should be 0) and peak JS heap.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import {
	installMapProbe,
	performChange,
	readOptions,
	readQueries,
	readTableLoads,
	readTimings,
	type Action,
	type ChangeTiming
} from './page-probes.ts';
import type { Served, StaticServer } from './serve.ts';
import type { LinkResult } from './visits.ts';
import { applyProfile, type Profile } from './throttle.ts';

export type ResourceKind = 'html' | 'js' | 'css' | 'data' | 'wasm' | 'other';

/** Which column of the byte table a served path belongs to. */
export function kindOf(path: string): ResourceKind {
	if (path.endsWith('.wasm')) return 'wasm';
	if (path.endsWith('.js')) return 'js';
	if (path.endsWith('.css')) return 'css';
	if (path.startsWith('/data/') || path.endsWith('__data.json') || path.startsWith('/geo/'))
		return 'data';
	if (path.endsWith('.html') || !/\.[a-z0-9]+$/i.test(path)) return 'html';
	return 'other';
}

export type Bytes = Record<ResourceKind | 'total', number>;

function sumBytes(entries: Served[], size: (s: Served) => number = (s) => s.bytes): Bytes {
	const out: Bytes = { html: 0, js: 0, css: 0, data: 0, wasm: 0, other: 0, total: 0 };
	for (const e of entries) {
		out[kindOf(e.path)] += size(e);
		out.total += size(e);
	}
	return out;
}

export interface ChangeSample extends ChangeTiming {
	control: Action['control'];
	/**
	 * `frio`: a map control led to a state (filters + department) not seen before in this page;
	 * `departamento`: a department click did; `tibio`: the state was seen before.
	 */
	tipo: 'frio' | 'tibio' | 'departamento';
	/** The first department change also downloads and ingests the initiative tables. */
	primero: boolean;
}

export interface RunResult {
	fcp: number | null;
	mapa: number | null;
	domContentLoaded: number;
	load: number;
	/** When the page had hydrated (its onMount ran). */
	hidratado: number | null;
	/** When DuckDB became ready, if anything started it (nothing should, on `/`). */
	duckdb: number | null;
	/** Requests that arrived until the page was painted, loaded and hydrated, gzip as served. */
	primeraVista: Bytes;
	/** The same responses if the host compressed with brotli 11. */
	primeraVistaBrotli: Bytes;
	/** Requests for paths ending in .wasm that arrived before first contentful paint. */
	wasmAntesDePintar: string[];
	/** Engine bytes (WASM) served during the whole visit, every change included. */
	motorBytes: number;
	/** Everything served in the whole run (including the tables the changes needed). */
	total: Bytes;
	cambios: ChangeSample[];
	heapPicoMiB: number;
	/** Download + ingest of each table DuckDB loaded, ms from navigation start. */
	tablas: { tabla: string; inicio: number; ms: number }[];
	/** Every read: Parquet scans in the page and engine queries, by the tables they read. */
	consultas: { tablas: string; ms: number }[];
	recursosPrimeraVista: { path: string; bytes: number }[];
	/** The shared-link visit made after this one (`visits.ts`), in its own fresh context. */
	enlace?: LinkResult;
}

async function heapMiB(cdp: CDPSession): Promise<number> {
	const { metrics } = await cdp.send('Performance.getMetrics');
	const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
	return used / 1024 / 1024;
}

/** The sequence of changes: the four controls in turn, each stepping to its next option. */
export function planActions(
	opts: ReturnType<typeof readOptions>,
	count: number
): { actions: Action[]; reset: Action[] } {
	const controls = ['indicador', 'edicion', 'sector', 'depto'] as const;
	const current: Record<string, string> = { ...opts.initial, depto: '' };
	const next: Record<string, number> = { indicador: 0, edicion: 0, sector: 0, depto: 0 };
	const actions: Action[] = [];
	for (let i = 0; i < count; i++) {
		const control = controls[i % controls.length]!;
		if (control === 'depto') {
			const d = opts.depto[next.depto!++ % opts.depto.length]!;
			if (d.value === current.depto) {
				i--;
				continue;
			}
			current.depto = d.value;
			actions.push({ control, value: d.value, name: d.name });
		} else {
			const list = opts[control];
			let v = list[next[control]!++ % list.length]!;
			if (v === current[control]) v = list[next[control]!++ % list.length]!;
			current[control] = v;
			actions.push({ control, value: v });
		}
	}
	// Back to the initial filters (the open department stays), so a replay sees the same states.
	const reset: Action[] = (['indicador', 'edicion', 'sector'] as const)
		.filter((c) => current[c] !== opts.initial[c])
		.map((c) => ({ control: c, value: opts.initial[c] }));
	return { actions, reset };
}

export interface MeasureOptions {
	browser: Browser;
	server: StaticServer;
	profile: Profile;
	/** Changes in the first pass; the same changes are then replayed (warm cache). */
	changes: number;
	/** Per-change timeout; a timeout is a failure (the page stopped responding). */
	changeTimeoutMs: number;
}

/** One run: open `/`, measure, change controls, close. */
export async function measureRun(o: MeasureOptions): Promise<RunResult> {
	// Service workers blocked: every run is a first visit, and its bytes are the page's own.
	const context = await o.browser.newContext({
		...o.profile.context,
		locale: 'es-CO',
		serviceWorkers: 'block'
	});
	try {
		const page: Page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		// tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(...)`: give
		// the page that helper, or every probe passed to evaluate() throws a ReferenceError.
		await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
		await page.addInitScript(installMapProbe);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		await applyProfile(cdp, o.profile);
		let heap = 0;
		const sampler = setInterval(() => {
			heapMiB(cdp).then(
				(h) => (heap = Math.max(heap, h)),
				() => {}
			);
		}, 250);
		try {
			o.server.reset();
			await page.goto(`${o.server.url}/`, { waitUntil: 'load', timeout: 120_000 });
			await page.waitForFunction(
				() =>
					(window as unknown as { __benchMapa?: number }).__benchMapa !== undefined &&
					performance.getEntriesByName('tablero:hidratado').length > 0,
				undefined,
				{ timeout: 60_000 }
			);
			const early = await page.evaluate(readTimings);
			// The first view: everything requested until the page is painted, loaded and hydrated
			// (module scripts and their imports do not hold the load event back).
			const firstAt = early.timeOrigin + Math.max(early.load, early.fcp ?? 0, early.hidratado ?? 0);
			const fcpAt = early.timeOrigin + (early.fcp ?? early.load);
			const first = o.server.log.filter((s) => s.at <= firstAt);
			const wasmEarly = o.server.log.filter((s) => s.path.endsWith('.wasm') && s.at < fcpAt);

			// The first change is made right after hydration: nothing else has to load first.
			const opts = await page.evaluate(readOptions);
			const { actions, reset } = planActions(opts, o.changes);
			const cambios: ChangeSample[] = [];
			// A state (filters + open department) seen before in this page is "tibio": the app may
			// answer it from memory. New states are "frio" (map controls) or "departamento".
			const state = { ...opts.initial, depto: '' };
			const keyOf = () => `${state.indicador}|${state.edicion}|${state.sector}|${state.depto}`;
			const seen = new Set<string>([keyOf()]);
			let firstDepto = true;
			const run = async (a: Action, record: boolean) => {
				const t = await page.evaluate(performChange, {
					action: a,
					timeoutMs: o.changeTimeoutMs
				});
				state[a.control] = a.value;
				const tipo: ChangeSample['tipo'] = seen.has(keyOf())
					? 'tibio'
					: a.control === 'depto'
						? 'departamento'
						: 'frio';
				seen.add(keyOf());
				if (record) {
					cambios.push({
						...t,
						control: a.control,
						tipo,
						primero: a.control === 'depto' && firstDepto
					});
				}
				if (a.control === 'depto') firstDepto = false;
			};
			for (const a of actions) await run(a, true);
			for (const a of reset) await run(a, false);
			for (const a of actions) await run(a, true);
			if (errors.length) throw new Error(`errores en la página: ${errors.join('; ')}`);
			const timings = await page.evaluate(readTimings);

			const recursos = await Promise.all(
				first.map(async (s) => ({ ...s, br: await o.server.brotliSize(s.path) }))
			);
			return {
				fcp: early.fcp,
				// The probe's frame can precede the first paint (rendering waits for CSS): the map is
				// visible no earlier than the first contentful paint.
				mapa: early.mapa === null ? null : Math.max(early.mapa, early.fcp ?? 0),
				domContentLoaded: early.domContentLoaded,
				load: early.load,
				hidratado: early.hidratado,
				duckdb: timings.duckdb,
				primeraVista: sumBytes(first),
				primeraVistaBrotli: sumBytes(recursos, (s) => (s as (typeof recursos)[number]).br),
				wasmAntesDePintar: wasmEarly.map((s) => s.path),
				motorBytes: sumBytes(o.server.log).wasm,
				total: sumBytes(o.server.log),
				cambios,
				heapPicoMiB: Math.max(heap, await heapMiB(cdp)),
				tablas: await page.evaluate(readTableLoads),
				consultas: await page.evaluate(readQueries),
				recursosPrimeraVista: first.map((s) => ({ path: s.path, bytes: s.bytes }))
			};
		} finally {
			clearInterval(sampler);
		}
	} finally {
		await context.close();
	}
}

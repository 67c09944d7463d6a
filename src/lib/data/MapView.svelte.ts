import { pickView, seriesOf, splitIndicator, viewKey, type MapData } from './map-data';
import type { SeriesRow } from './queries/department-series';
import { indicatorDistribution, type IndicatorDistributionRow } from './queries/distribution';
import { indicatorValues, type IndicatorValueRow, type MapFilter } from './queries/map-values';
import type { Engine } from './Engine.svelte';
import type { Catalog } from './types';
import type { MapState } from './url-state';

export type { MapData } from './map-data';

function key(f: MapFilter): string {
	return `${f.indicador}|${viewKey(f)}`;
}

function sameState(a: MapState, b: MapState): boolean {
	return (
		a.indicador === b.indicador &&
		a.edicion === b.edicion &&
		a.sector === b.sector &&
		a.depto === b.depto
	);
}

/**
 * Queries every edition and sector of one indicator at once (one or two worker round trips); the
 * result is split per filter, so changing edition or sector afterwards needs no query at all.
 */
export async function queryIndicator(
	engine: Engine,
	cat: Catalog,
	indicador: string
): Promise<Map<string, MapData>> {
	const conn = await engine.start();
	const isCategory = cat.indicadores.find((i) => i.codigo === indicador)?.tipo === 'categoria';
	const [values, dist] = await Promise.all([
		conn.query<IndicatorValueRow>(indicatorValues(indicador)),
		isCategory ? conn.query<IndicatorDistributionRow>(indicatorDistribution(indicador)) : []
	]);
	return splitIndicator(values, dist);
}

/**
 * The map's filters and the data they select. Starts with the prerendered default view; a change
 * of indicator queries DuckDB-WASM for all its editions and sectors (kept per indicator), so
 * edition and sector changes are answered from memory. Only the latest answer is shown.
 */
export class MapView {
	state = $state() as MapState;
	data = $state.raw() as MapData;
	/** The filter the shown data belongs to (differs from `state` while loading). */
	shown = $state.raw() as MapFilter;
	loading = $state(false);
	error = $state<string | null>(null);
	/** Milliseconds the last update took, from the change to the data being set. */
	lastUpdateMs = $state<number | null>(null);
	#seq = 0;
	#pending: string | null = null;
	// Plain caches: read only inside set()/prefetch(), never by markup, so they need not be reactive.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#indicators = new Map<string, Promise<Map<string, MapData>>>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#ready = new Map<string, Map<string, MapData>>();

	constructor(
		private engine: Engine,
		private catalog: Catalog,
		state: MapState,
		data: MapData
	) {
		this.state = state;
		this.data = data;
		this.shown = { indicador: state.indicador, edicion: state.edicion, sector: state.sector };
	}

	#load(indicador: string): Promise<Map<string, MapData>> {
		let p = this.#indicators.get(indicador);
		if (!p) {
			p = queryIndicator(this.engine, this.catalog, indicador);
			this.#indicators.set(indicador, p);
			p.then(
				(all) => this.#ready.set(indicador, all),
				() => this.#indicators.delete(indicador)
			);
		}
		return p;
	}

	/** Loads an indicator into the cache without showing it (e.g. the current one, when idle). */
	prefetch(indicador: string): Promise<void> {
		return this.#load(indicador).then(() => {});
	}

	/**
	 * A department's series across editions for the filter's indicator and sector, if that
	 * indicator is in memory (the department panel then needs one query instead of two).
	 */
	seriesOf(divipola: string, f: MapFilter): SeriesRow[] | null {
		const all = this.#ready.get(f.indicador);
		return all ? seriesOf(all, divipola, f.sector) : null;
	}

	/** Applies a new state; queries only when the indicator's data is not in memory yet. */
	async set(next: MapState): Promise<void> {
		// The control handler applies a state first and the URL brings the same one back: no-op.
		if (sameState(next, this.state)) return;
		this.state = next;
		const f: MapFilter = { indicador: next.indicador, edicion: next.edicion, sector: next.sector };
		const k = key(f);
		if (k === this.#pending || (k === key(this.shown) && !this.loading)) return;
		const seq = ++this.#seq;
		const t0 = performance.now();
		const ready = this.#ready.get(f.indicador);
		if (ready) return this.#show(seq, f, pickView(ready, f), t0);
		this.#pending = k;
		this.loading = true;
		try {
			const all = await this.#load(f.indicador);
			this.#show(seq, f, pickView(all, f), t0);
		} catch (e) {
			if (seq !== this.#seq) return;
			this.#pending = null;
			this.error = e instanceof Error ? e.message : String(e);
			this.loading = false;
		}
	}

	#show(seq: number, f: MapFilter, data: MapData, t0: number) {
		if (seq !== this.#seq) return;
		this.#pending = null;
		this.data = data;
		this.shown = f;
		this.error = null;
		this.loading = false;
		this.lastUpdateMs = performance.now() - t0;
	}
}

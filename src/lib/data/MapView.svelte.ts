import { distribution, type DistributionRow } from './queries/distribution';
import { mapValues, nationalValue, type MapFilter, type MapValueRow } from './queries/map-values';
import type { Engine } from './Engine.svelte';
import type { Catalog } from './types';
import type { MapState } from './url-state';

/** The numbers one map view shows. */
export interface MapData {
	values: MapValueRow[];
	national: MapValueRow | null;
	distribution: DistributionRow[];
}

function key(f: MapFilter): string {
	return `${f.indicador}|${f.edicion}|${f.sector}`;
}

/** Runs the three queries of a map view (in parallel, through the engine). */
export async function queryMapData(engine: Engine, cat: Catalog, f: MapFilter): Promise<MapData> {
	const conn = await engine.start();
	const isCategory = cat.indicadores.find((i) => i.codigo === f.indicador)?.tipo === 'categoria';
	const [values, national, dist] = await Promise.all([
		conn.query<MapValueRow>(mapValues(f)),
		conn.query<MapValueRow>(nationalValue(f)),
		isCategory ? conn.query<DistributionRow>(distribution(f)) : Promise.resolve([])
	]);
	return { values, national: national[0] ?? null, distribution: dist };
}

/**
 * The map's filters and the data they select. Starts with the prerendered default view; every
 * change of indicator, edition or sector queries DuckDB-WASM, keeping only the latest answer.
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
	// A plain cache: read only inside set(), never by markup, so it need not be reactive.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#cache = new Map<string, MapData>();

	constructor(
		private engine: Engine,
		private catalog: Catalog,
		state: MapState,
		data: MapData
	) {
		this.state = state;
		this.data = data;
		this.shown = { indicador: state.indicador, edicion: state.edicion, sector: state.sector };
		this.#cache.set(key(this.shown), data);
	}

	/** Applies a new state; queries only when the data-defining filters changed. */
	async set(next: MapState): Promise<void> {
		this.state = next;
		const f: MapFilter = { indicador: next.indicador, edicion: next.edicion, sector: next.sector };
		if (key(f) === key(this.shown) && !this.loading) return;
		const seq = ++this.#seq;
		const t0 = performance.now();
		const cached = this.#cache.get(key(f));
		if (cached) return this.#show(seq, f, cached, t0);
		this.loading = true;
		try {
			const data = await queryMapData(this.engine, this.catalog, f);
			this.#cache.set(key(f), data);
			this.#show(seq, f, data, t0);
		} catch (e) {
			if (seq !== this.#seq) return;
			this.error = e instanceof Error ? e.message : String(e);
			this.loading = false;
		}
	}

	#show(seq: number, f: MapFilter, data: MapData, t0: number) {
		if (seq !== this.#seq) return;
		this.data = data;
		this.shown = f;
		this.error = null;
		this.loading = false;
		this.lastUpdateMs = performance.now() - t0;
	}
}

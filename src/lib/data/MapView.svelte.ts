import { indicatorType } from '../indicators/registry';
import { catalogOf } from './catalog';
import {
	changeKey,
	changeLoader,
	changeRequestOf,
	type ChangeRequest,
	type ChangeResult
} from './change-data';
import { Latest } from './Latest.svelte';
import { pickView, seriesOf, splitIndicator, viewKey, type MapData } from './map-data';
import type { SeriesRow } from './queries/department-series';
import { indicatorDistribution, type IndicatorDistributionRow } from './queries/distribution';
import { indicatorValues, type IndicatorValueRow, type MapFilter } from './queries/map-values';
import type { Catalog, Source } from './types';
import type { MapState } from './url-state';

export type { MapData } from './map-data';

const filterOf = (s: MapState): MapFilter => ({
	indicador: s.indicador,
	edicion: s.edicion,
	sector: s.sector
});

/**
 * Reads every edition and sector of one indicator at once from the published aggregates (only
 * that indicator's row groups); split per filter, so edition and sector changes need no read.
 */
export async function queryIndicator(
	source: Source,
	cat: Catalog,
	indicador: string
): Promise<Map<string, MapData>> {
	const ind = catalogOf(cat).indicator(indicador);
	const isCategory = !!ind && indicatorType(ind.tipo).levels;
	const [values, dist] = await Promise.all([
		source.scan<IndicatorValueRow>(indicatorValues(indicador)),
		isCategory ? source.scan<IndicatorDistributionRow>(indicatorDistribution(indicador)) : []
	]);
	return splitIndicator(values, dist);
}

/**
 * The map's filters and the data they select, with no query engine: the page reads the published
 * Parquet. Starts with the prerendered default view; an indicator is read once (all its editions
 * and sectors), so edition and sector changes are answered in the same tick.
 */
export class MapView {
	state = $state() as MapState;
	/** Milliseconds the last update took, from the change to the data being set. */
	lastUpdateMs = $state<number | null>(null);
	#indicators: Latest<string, Map<string, MapData>>;
	#view: Latest<MapFilter, MapData>;
	#change: Latest<ChangeRequest, ChangeResult>;

	constructor(source: Source, cat: Catalog, state: MapState, initial: MapData) {
		this.state = state;
		const f = filterOf(state);
		this.#indicators = new Latest(
			(ind: string) => queryIndicator(source, cat, ind),
			(ind) => ind,
			// Nothing read yet (the prerendered view is one filter's data, not a whole indicator's).
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never mutated
			{ args: '', data: new Map() },
			64
		);
		this.#view = new Latest(
			(f: MapFilter) => {
				const all = this.#indicators.fetch(f.indicador);
				return all instanceof Promise ? all.then((a) => pickView(a, f)) : pickView(all, f);
			},
			(f) => `${f.indicador}|${viewKey(f)}`,
			{ args: f, data: initial }
		);
		// Change mode (`modo=cambio`): nothing is shown until its own answer is there.
		const load = changeLoader(source, cat);
		this.#change = new Latest(
			(r: ChangeRequest) => {
				const all = this.#indicators.fetch(r.indicador);
				return all instanceof Promise ? all.then((a) => load(r, a)) : load(r, all);
			},
			changeKey,
			{
				args: { ...changeRequestOf(state), indicador: '' },
				data: {
					filter: { ...changeRequestOf(state), desde: 0, hasta: 0 },
					rows: [],
					// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole
					levels: new Map()
				}
			}
		);
	}

	/** The change between editions shown in change mode (with the editions it compares). */
	get change(): ChangeResult {
		return this.#change.data;
	}
	#changeMode(): boolean {
		return this.state.modo === 'cambio';
	}

	/** The data shown (the prerendered view's until a change is answered). */
	get data(): MapData {
		return this.#view.data;
	}
	/** The filter the shown data belongs to (differs from `state` while loading). */
	get shown(): MapFilter {
		return this.#view.shown;
	}
	/** The current mode's data is on its way. */
	get loading(): boolean {
		return this.#changeMode() ? this.#change.loading || this.#changePending() : this.#view.loading;
	}
	get error(): string | null {
		return this.#changeMode() ? this.#change.error : this.#view.error;
	}
	/** Change mode before its first answer: what is shown is not the change asked for. */
	#changePending(): boolean {
		return this.#change.shown.indicador === '' && !this.#change.error;
	}

	/** Reads an indicator into memory without showing it. */
	async prefetch(indicador: string): Promise<void> {
		await this.#indicators.fetch(indicador);
	}

	/**
	 * A department's series across editions for the filter's indicator and sector, if that
	 * indicator is in memory (the department panel then needs no read of its own).
	 */
	seriesOf(divipola: string, f: MapFilter): SeriesRow[] | null {
		const all = this.#indicators.peek(f.indicador);
		return all ? seriesOf(all, divipola, f.sector) : null;
	}

	/** Applies a new state; reads only when the indicator is not in memory yet. */
	async set(next: MapState): Promise<void> {
		this.state = next;
		const t0 = performance.now();
		if (next.modo === 'cambio') await this.#change.request(changeRequestOf(next));
		else await this.#view.request(filterOf(next));
		if (!this.loading) this.lastUpdateMs = performance.now() - t0;
	}
}

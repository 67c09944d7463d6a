import { tick } from 'svelte';
import { filterKey, queryEvolution, type EvolutionData } from './evolution-data';
import { evolutionFilter, type EvolutionState } from './evolution-url';
import type { EvolutionFilter } from './queries/evolution';
import type { Engine } from './Engine.svelte';
import type { Catalog } from './types';

/**
 * /evolucion's controls and the data they select. Starts with the prerendered default view; each
 * change queries DuckDB-WASM, keeps only the newest answer and caches answers per filter.
 */
export class EvolutionView {
	state = $state() as EvolutionState;
	data = $state.raw() as EvolutionData;
	/** The filter the shown data belongs to (differs from `state` while loading). */
	shown = $state.raw() as EvolutionFilter;
	loading = $state(false);
	error = $state<string | null>(null);
	/** Milliseconds from the last control change to the chart being updated in the DOM. */
	lastUpdateMs = $state<number | null>(null);
	#seq = 0;
	// Read only inside set(), never by markup: it need not be reactive.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#cache = new Map<string, EvolutionData>();

	constructor(
		private engine: Engine,
		private catalog: Catalog,
		state: EvolutionState,
		data: EvolutionData
	) {
		this.state = state;
		this.data = data;
		this.shown = evolutionFilter(state);
		this.#cache.set(filterKey(this.shown), data);
	}

	/** Applies a state; `t0` is when the reader changed a control (defaults to now). */
	async set(next: EvolutionState, t0 = performance.now()): Promise<void> {
		this.state = next;
		const f = evolutionFilter(next);
		if (filterKey(f) === filterKey(this.shown) && !this.loading) return;
		const seq = ++this.#seq;
		const cached = this.#cache.get(filterKey(f));
		if (cached) return this.#show(seq, f, cached, t0);
		this.loading = true;
		try {
			const data = await queryEvolution(await this.engine.start(), this.catalog, f);
			this.#cache.set(filterKey(f), data);
			await this.#show(seq, f, data, t0);
		} catch (e) {
			if (seq !== this.#seq) return;
			this.error = e instanceof Error ? e.message : String(e);
			this.loading = false;
		}
	}

	async #show(seq: number, f: EvolutionFilter, data: EvolutionData, t0: number) {
		if (seq !== this.#seq) return;
		this.data = data;
		this.shown = f;
		this.error = null;
		this.loading = false;
		await tick();
		if (seq === this.#seq) this.lastUpdateMs = Math.round(performance.now() - t0);
	}
}

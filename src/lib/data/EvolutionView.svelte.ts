import { tick } from 'svelte';
import { Latest } from './Latest.svelte';
import { filterKey, queryEvolution, type EvolutionData } from './evolution-data';
import { evolutionFilter, type EvolutionState } from './evolution-url';
import type { EvolutionFilter } from './queries/evolution';
import type { Catalog, DataAccess } from './types';

/**
 * /evolucion's controls and the data they select. Starts with the prerendered default view; the
 * `todas` cohort is read from the published aggregates in the page, the constant panel and single
 * initiatives start the query engine (`evolution-data.ts`). Newest answer wins, cached per filter.
 */
export class EvolutionView {
	state = $state() as EvolutionState;
	/** Milliseconds from the last control change to the chart being updated in the DOM. */
	lastUpdateMs = $state<number | null>(null);
	#view: Latest<EvolutionFilter, EvolutionData>;

	constructor(data: DataAccess, cat: Catalog, state: EvolutionState, initial: EvolutionData) {
		this.state = state;
		this.#view = new Latest((f: EvolutionFilter) => queryEvolution(data, cat, f), filterKey, {
			args: evolutionFilter(state),
			data: initial
		});
	}

	get data(): EvolutionData {
		return this.#view.data;
	}
	/** The filter the shown data belongs to (differs from `state` while loading). */
	get shown(): EvolutionFilter {
		return this.#view.shown;
	}
	get loading(): boolean {
		return this.#view.loading;
	}
	get error(): string | null {
		return this.#view.error;
	}

	/** Applies a state; `t0` is when the reader changed a control (defaults to now). */
	async set(next: EvolutionState, t0 = performance.now()): Promise<void> {
		this.state = next;
		const f = evolutionFilter(next);
		await this.#view.request(f);
		if (filterKey(this.#view.shown) !== filterKey(f)) return;
		await tick();
		this.lastUpdateMs = Math.round(performance.now() - t0);
	}
}

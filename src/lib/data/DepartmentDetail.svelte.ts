import {
	departmentInitiatives,
	type DepartmentInitiativeRow
} from './queries/department-initiatives';
import { departmentSeries, type SeriesRow } from './queries/department-series';
import type { MapFilter } from './queries/map-values';
import type { Engine } from './Engine.svelte';

interface Panel {
	initiatives: DepartmentInitiativeRow[];
	series: SeriesRow[];
}

const CACHE_SIZE = 24;

/** One department's panel data: its initiatives and the indicator across editions. */
export class DepartmentDetail {
	initiatives = $state.raw<DepartmentInitiativeRow[]>([]);
	series = $state.raw<SeriesRow[]>([]);
	loading = $state(false);
	error = $state<string | null>(null);
	#seq = 0;
	#key: string | null = null;
	// Recent answers, so going back to a filter or department is instant. Read only in load().
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#cache = new Map<string, Panel>();

	#remember(key: string, panel: Panel) {
		this.#cache.delete(key);
		this.#cache.set(key, panel);
		// A department can list thousands of initiatives: keep only the most recent answers.
		if (this.#cache.size > CACHE_SIZE) this.#cache.delete(this.#cache.keys().next().value!);
	}

	constructor(private engine: Engine) {}

	/**
	 * Loads the panel for a department and filter; older answers are dropped. `known` is the
	 * series when the caller already has it (the map's data for the indicator), saving a query.
	 */
	async load(divipola: string, f: MapFilter, known: SeriesRow[] | null = null): Promise<void> {
		// The page's effect can ask again for what is already shown or loading: nothing to do.
		const key = `${divipola}|${f.indicador}|${f.edicion}|${f.sector}`;
		if (key === this.#key) return;
		this.#key = key;
		const seq = ++this.#seq;
		const cached = this.#cache.get(key);
		if (cached) {
			this.initiatives = cached.initiatives;
			this.series = cached.series;
			this.loading = false;
			this.error = null;
			return;
		}
		this.loading = true;
		this.error = null;
		try {
			const conn = await this.engine.start();
			const [initiatives, series] = await Promise.all([
				conn.query<DepartmentInitiativeRow>(departmentInitiatives({ ...f, divipola })),
				known ??
					conn.query<SeriesRow>(
						departmentSeries({ divipola, indicador: f.indicador, sector: f.sector })
					)
			]);
			this.#remember(key, { initiatives, series });
			if (seq !== this.#seq) return;
			this.initiatives = initiatives;
			this.series = series;
		} catch (e) {
			if (seq !== this.#seq) return;
			this.#key = null; // so that asking again retries
			this.error = e instanceof Error ? e.message : String(e);
		} finally {
			if (seq === this.#seq) this.loading = false;
		}
	}
}

import {
	departmentInitiatives,
	type DepartmentInitiativeRow
} from './queries/department-initiatives';
import { departmentSeries, type SeriesRow } from './queries/department-series';
import type { MapFilter } from './queries/map-values';
import type { Engine } from './Engine.svelte';

/** One department's panel data: its initiatives and the indicator across editions. */
export class DepartmentDetail {
	initiatives = $state.raw<DepartmentInitiativeRow[]>([]);
	series = $state.raw<SeriesRow[]>([]);
	loading = $state(false);
	error = $state<string | null>(null);
	#seq = 0;

	constructor(private engine: Engine) {}

	/** Loads the panel for a department and filter; older answers are dropped. */
	async load(divipola: string, f: MapFilter): Promise<void> {
		const seq = ++this.#seq;
		this.loading = true;
		this.error = null;
		try {
			const conn = await this.engine.start();
			const [initiatives, series] = await Promise.all([
				conn.query<DepartmentInitiativeRow>(departmentInitiatives({ ...f, divipola })),
				conn.query<SeriesRow>(
					departmentSeries({ divipola, indicador: f.indicador, sector: f.sector })
				)
			]);
			if (seq !== this.#seq) return;
			this.initiatives = initiatives;
			this.series = series;
		} catch (e) {
			if (seq === this.#seq) this.error = e instanceof Error ? e.message : String(e);
		} finally {
			if (seq === this.#seq) this.loading = false;
		}
	}
}

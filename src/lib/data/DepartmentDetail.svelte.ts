import { Latest } from './Latest.svelte';
import {
	departmentInitiatives,
	type DepartmentInitiativeRow
} from './queries/department-initiatives';
import { departmentSeries, type SeriesRow } from './queries/department-series';
import type { MapFilter } from './queries/map-values';
import type { Source } from './types';

interface Panel {
	initiatives: DepartmentInitiativeRow[];
	series: SeriesRow[];
}

interface Args {
	divipola: string;
	f: MapFilter;
	/** The series when the caller already has it (the map's data for the indicator). */
	known: SeriesRow[] | null;
}

const EMPTY: Panel = { initiatives: [], series: [] };

/**
 * One department's panel data: its initiatives and the indicator across editions, read from the
 * published Parquet (no query engine). The last 24 answers are kept: a department can list
 * thousands of initiatives.
 */
export class DepartmentDetail {
	#panel: Latest<Args, Panel>;

	constructor(source: Source) {
		this.#panel = new Latest<Args, Panel>(
			async ({ divipola, f, known }: Args) => {
				const [initiatives, series] = await Promise.all([
					departmentInitiatives(source, { ...f, divipola }),
					known ??
						source.scan<SeriesRow>(
							departmentSeries({ divipola, indicador: f.indicador, sector: f.sector })
						)
				]);
				return { initiatives, series };
			},
			({ divipola, f }) => `${divipola}|${f.indicador}|${f.edicion}|${f.sector}`,
			{
				args: { divipola: '', f: { indicador: '', edicion: 0, sector: '' }, known: null },
				data: EMPTY
			}
		);
	}

	get initiatives() {
		return this.#panel.data.initiatives;
	}
	get series() {
		return this.#panel.data.series;
	}
	get loading() {
		return this.#panel.loading;
	}
	get error() {
		return this.#panel.error;
	}

	/** Loads the panel for a department and filter; older answers are dropped. */
	load(divipola: string, f: MapFilter, known: SeriesRow[] | null = null): Promise<void> {
		return this.#panel.request({ divipola, f, known });
	}
}

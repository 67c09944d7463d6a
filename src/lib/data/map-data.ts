import type { SeriesRow } from './queries/department-series';
import type { DistributionRow, IndicatorDistributionRow } from './queries/distribution';
import type { IndicatorValueRow, MapFilter, MapValueRow } from './queries/map-values';

/** The numbers one map view shows. */
export interface MapData {
	values: MapValueRow[];
	national: MapValueRow | null;
	distribution: DistributionRow[];
}

/** Edition and sector of a filter: the key of one view within an indicator's data. */
export function viewKey(f: Pick<MapFilter, 'edicion' | 'sector'>): string {
	return `${f.edicion}|${f.sector}`;
}

const EMPTY: MapData = { values: [], national: null, distribution: [] };

/**
 * Splits an indicator's rows (`indicatorValues`, `indicatorDistribution`, ordered by edition,
 * sector, department) into one `MapData` per edition and sector, each equal to what `mapValues`,
 * `nationalValue` and `distribution` return for that filter.
 */
export function splitIndicator(
	values: IndicatorValueRow[],
	dist: IndicatorDistributionRow[]
): Map<string, MapData> {
	const out = new Map<string, MapData>();
	const at = (edicion: number, sector: string) => {
		const k = viewKey({ edicion, sector });
		let d = out.get(k);
		if (!d) out.set(k, (d = { values: [], national: null, distribution: [] }));
		return d;
	};
	for (const { edicion, sector_id, ...row } of values) {
		const d = at(edicion, sector_id);
		if (row.divipola === '*') d.national = row;
		else d.values.push(row);
	}
	for (const { edicion, sector_id, ...row } of dist) at(edicion, sector_id).distribution.push(row);
	return out;
}

/** The view of one filter from a split indicator (no rows: nothing to show, as the queries say). */
export function pickView(all: Map<string, MapData>, f: MapFilter): MapData {
	return all.get(viewKey(f)) ?? EMPTY;
}

/**
 * One department's (or, with '*', the national) value across editions in a sector, from a split
 * indicator: what `departmentSeries` returns, without asking the worker again.
 */
export function seriesOf(all: Map<string, MapData>, divipola: string, sector: string): SeriesRow[] {
	const out: SeriesRow[] = [];
	for (const [k, d] of all) {
		const [edicion, s] = k.split('|');
		if (s !== sector) continue;
		const row = divipola === '*' ? d.national : d.values.find((v) => v.divipola === divipola);
		if (row) {
			const { valor, n_reportan, n_iniciativas } = row;
			out.push({ edicion: Number(edicion), valor, n_reportan, n_iniciativas });
		}
	}
	return out.sort((a, b) => a.edicion - b.edicion);
}

import { indicatorType } from '../indicators/registry';
import { coyuntura, hitos, type CoyunturaRow, type HitoRow } from './queries/context';
import { distribution, type DistributionRow } from './queries/distribution';
import { mapValues, nationalValue, type MapValueRow } from './queries/map-values';
import type { MapData } from './map-data';
import type { Catalog, Connector } from './types';
import { defaultState } from './url-state';

/** Runs, in Node, the same builders the browser runs, for the prerendered default view. */
export async function queryInitialMap(conn: Connector, cat: Catalog) {
	const s = defaultState(cat);
	const f = { indicador: s.indicador, edicion: s.edicion, sector: s.sector };
	const first = cat.indicadores[0];
	const isCategory = !!first && indicatorType(first.tipo).levels;
	const [values, national, dist, coy, hit] = await Promise.all([
		conn.query<MapValueRow>(mapValues(f)),
		conn.query<MapValueRow>(nationalValue(f)),
		isCategory ? conn.query<DistributionRow>(distribution(f)) : Promise.resolve([]),
		conn.query<CoyunturaRow>(coyuntura()),
		conn.query<HitoRow>(hitos())
	]);
	const initial: MapData = { values, national: national[0] ?? null, distribution: dist };
	return { initial, coyuntura: coy, hitos: hit };
}

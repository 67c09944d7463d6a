import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { PUBLISHED, openPublished } from '$lib/data/prerender.server';
import { initiativeCatalog, type InitiativeRow } from '$lib/data/queries/initiatives';
import { initiativeValues, type InitiativeValuesRow } from '$lib/data/queries/initiative-values';
import {
	mediansByDepartment,
	mediansBySector,
	type MedianRow
} from '$lib/data/queries/indicator-medians';
import { departmentShapes, type DeptShape } from '$lib/map/projection';
import { departmentFeatures } from '$lib/map/topo';
import { groupMedians, type ProfileSource } from './profile';

/*
 * Prerendering renders every profile in one Node process: the data of all profiles is read once
 * (four grouped queries over the published Parquet) and each page slices its initiative from it,
 * instead of one DuckDB connection and scan of `resultados` per page.
 */
let source: Promise<ProfileSource> | undefined;
let shapes: Map<string, DeptShape> | undefined;

/** All profiles' data, computed on first use and then shared by every page of the build. */
export function profileSource(): Promise<ProfileSource> {
	source ??= (async () => {
		const conn = openPublished();
		try {
			const [initiatives, values, bySector, byDepartment] = await Promise.all([
				conn.query<InitiativeRow>(initiativeCatalog()),
				conn.query<InitiativeValuesRow>(initiativeValues()),
				conn.query<MedianRow>(mediansBySector()),
				conn.query<MedianRow>(mediansByDepartment())
			]);
			return {
				initiatives: new Map(initiatives.map((r) => [r.iniciativa_id, r])),
				values: new Map(values.map((r) => [r.iniciativa_id, r])),
				bySector: groupMedians(bySector),
				byDepartment: groupMedians(byDepartment)
			};
		} finally {
			await conn.close();
		}
	})();
	return source;
}

/** The ids to prerender, in name order; `max` (TABLERO_PERFILES_MAX) keeps only the first ones. */
export async function profileIds(max: number | null): Promise<string[]> {
	const ids = [...(await profileSource()).initiatives.keys()];
	return max === null ? ids : ids.slice(0, max);
}

/** Reads TABLERO_PERFILES_MAX: a whole number ≥ 0, or unset/empty for all. */
export function parseProfilesMax(value: string | undefined): number | null {
	if (value === undefined || value.trim() === '') return null;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 0)
		throw new Error(`TABLERO_PERFILES_MAX debe ser un entero ≥ 0 (se recibió «${value}»).`);
	return n;
}

/** Projected department shapes (the map's own paths), computed once for the locator maps. */
export function locatorShapes(): Map<string, DeptShape> {
	if (!shapes) {
		const topo = JSON.parse(
			readFileSync(join(PUBLISHED, 'geo', 'departamentos.topo.json'), 'utf8')
		) as Topology;
		shapes = new Map(departmentShapes(departmentFeatures(topo)).map((s) => [s.id, s]));
	}
	return shapes;
}

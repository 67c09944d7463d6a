import { loadCatalog, openPublished } from '../../src/lib/data/prerender.server.ts';
import {
	mapValues,
	type MapFilter,
	type MapValueRow
} from '../../src/lib/data/queries/map-values.ts';
import type { Catalog } from '../../src/lib/data/types.ts';
import {
	departmentInitiativesSql,
	type DepartmentInitiativeRow
} from '../../src/lib/data/queries/department-initiatives.ts';
import { choropleth } from '../../src/lib/map/fills.ts';

/**
 * What the map should show, computed independently of the browser: the same query builder run
 * through @duckdb/node-api on the published Parquet, then the same class/colour rules.
 */
export async function expectedFills(
	f: MapFilter
): Promise<{ catalog: Catalog; rows: MapValueRow[]; fills: Map<string, string | null> }> {
	const conn = openPublished();
	try {
		const catalog = await loadCatalog(conn);
		const rows = await conn.query<MapValueRow>(mapValues(f));
		const ind = catalog.indicadores.find((i) => i.codigo === f.indicador);
		if (!ind) throw new Error(`indicador desconocido ${f.indicador}`);
		const c = choropleth(ind, rows);
		const fills = new Map<string, string | null>(
			catalog.departamentos.map((d) => {
				const k = c.classOf.get(d.divipola);
				return [d.divipola, k === undefined ? null : (c.colours[k] ?? null)];
			})
		);
		return { catalog, rows, fills };
	} finally {
		await conn.close();
	}
}

/** A department's initiatives as the Node query on the published Parquet lists them. */
export async function expectedDepartment(
	f: MapFilter & { divipola: string }
): Promise<DepartmentInitiativeRow[]> {
	const conn = openPublished();
	try {
		return await conn.query<DepartmentInitiativeRow>(departmentInitiativesSql(f));
	} finally {
		await conn.close();
	}
}

/** The catalog as published (for picking indicators, editions and sectors in tests). */
export async function publishedCatalog(): Promise<Catalog> {
	const conn = openPublished();
	try {
		return await loadCatalog(conn);
	} finally {
		await conn.close();
	}
}

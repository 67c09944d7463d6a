import { queryEvolution } from '../../src/lib/data/evolution-data.ts';
import { viaConnector } from '../../src/lib/data/types.ts';
import { loadCatalog, openPublished } from '../../src/lib/data/prerender.server.ts';
import {
	seriesFromResultados,
	type EvolutionFilter,
	type EvolutionRow
} from '../../src/lib/data/queries/evolution.ts';
import type { Catalog } from '../../src/lib/data/types.ts';
import { panels, selectedEditions, tableRows } from '../../src/lib/evolution/series.ts';

/**
 * What /evolucion should show, computed in Node on the published Parquet: `rows` through the
 * same builders and table code as the page, and `fromResultados` through the initiative-level
 * builder (independent of the pre-aggregated tables the browser may read for `todas`).
 */
export async function expectedEvolution(f: EvolutionFilter): Promise<{
	catalog: Catalog;
	table: string[][];
	fromResultados: EvolutionRow[];
}> {
	const conn = openPublished();
	try {
		const catalog = await loadCatalog(conn);
		const ind = catalog.indicadores.find((i) => i.codigo === f.indicador);
		if (!ind) throw new Error(`indicador desconocido ${f.indicador}`);
		const data = await queryEvolution(viaConnector(conn), catalog, f);
		const table = tableRows(ind, panels(catalog, ind, f, data), selectedEditions(catalog, f));
		const fromResultados =
			ind.tipo === 'categoria' ? [] : await conn.query<EvolutionRow>(seriesFromResultados(f, ind));
		return { catalog, table, fromResultados };
	} finally {
		await conn.close();
	}
}

/** The departments with the most initiatives (primary department), for a meaningful comparison. */
export async function busiestDepartments(n: number): Promise<string[]> {
	const conn = openPublished();
	try {
		const rows = await conn.query<{ divipola: string }>({
			sql: `SELECT divipola FROM iniciativas WHERE divipola IS NOT NULL
GROUP BY divipola ORDER BY count(*) DESC, divipola LIMIT ?`,
			params: [n],
			tables: ['iniciativas']
		});
		return rows.map((r) => r.divipola);
	} finally {
		await conn.close();
	}
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { queryEvolution } from '$lib/data/evolution-data';
import type { NodeConnector } from '$lib/data/node-connector';
import type { Cohorte, EvolutionFilter } from '$lib/data/queries/evolution';
import { viaConnector, type Catalog } from '$lib/data/types';
import { departmentName, isLevels, latestEdition, maturityOf } from './catalog';
import type { DepartmentSource } from './department';
import type { EvolutionRows } from './evolution';
import { departmentNeighbours } from './neighbours';
import {
	departmentLinksSql,
	editionAggregatesSql,
	levelCountsSql,
	type AggregateRow,
	type LevelCountRow,
	type LinkRow
} from './queries';

const COHORTS: Cohorte[] = ['todas', 'panel'];

function groupBy<T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
	const out = new Map<K, T[]>();
	for (const r of rows) {
		const k = key(r);
		const list = out.get(k);
		if (list) list.push(r);
		else out.set(k, [r]);
	}
	return out;
}

/**
 * Both cohorts of every chartable indicator, for all departments and the country, through the
 * same reads as /evolucion (`queryEvolution`: the published aggregates for `todas`, the SQL
 * builders of `queries/evolution.ts` for `panel`), so the page needs no engine.
 */
async function evolutionRows(
	conn: NodeConnector,
	cat: Catalog
): Promise<Map<string, EvolutionRows>> {
	const data = viaConnector(conn);
	const ediciones = cat.ediciones.map((e) => e.edicion);
	const deptos = cat.departamentos.map((d) => d.divipola);
	const out = new Map<string, EvolutionRows>();
	for (const ind of cat.indicadores.filter((i) => !isLevels(i))) {
		const rows = {} as EvolutionRows;
		for (const cohorte of COHORTS) {
			const base = { indicador: ind.codigo, iniciativa: null, ediciones, cohorte };
			const f = (desglose: EvolutionFilter['desglose'], d: string[]): EvolutionFilter => ({
				...base,
				desglose,
				deptos: d
			});
			const [dep, nac] = await Promise.all([
				queryEvolution(data, cat, f('departamentos', deptos)),
				queryEvolution(data, cat, f('nacional', []))
			]);
			rows[cohorte] = { departamentos: dep.valores, nacional: nac.valores };
		}
		out.set(ind.codigo, rows);
	}
	return out;
}

/** Reads, through a Node connector, everything the department pages need (all departments). */
export async function queryDepartmentSource(
	conn: NodeConnector,
	cat: Catalog,
	topo: Topology
): Promise<DepartmentSource> {
	const maturity = maturityOf(cat);
	const edicion = latestEdition(cat);
	const [links, aggregates, levels, evolution] = await Promise.all([
		conn.query<LinkRow>(departmentLinksSql(maturity?.codigo ?? '')),
		edicion === null ? [] : conn.query<AggregateRow>(editionAggregatesSql(edicion)),
		maturity ? conn.query<LevelCountRow>(levelCountsSql(maturity.codigo)) : [],
		evolutionRows(conn, cat)
	]);
	return {
		links: groupBy(links, (l) => l.divipola),
		aggregates: groupBy(aggregates, (a) => a.indicador),
		levels,
		evolution,
		neighbours: departmentNeighbours(topo, (d) => departmentName(cat, d))
	};
}

/** The published TopoJSON of the departments. */
export function readTopology(dir: string): Topology {
	return JSON.parse(readFileSync(join(dir, 'geo', 'departamentos.topo.json'), 'utf8')) as Topology;
}

import { fold } from '../../directory/fold';
import type { Query, Source } from '../types';
import type { MapFilter } from './map-values';
import type { Scan } from './scan';

export interface DepartmentInitiativeRow extends Record<string, unknown> {
	iniciativa_id: string;
	nombre: string;
	municipio: string | null;
	sector: string;
	principal: boolean;
	valor: number | null;
}

type Filter = MapFilter & { divipola: string };

/**
 * Initiatives of a department (primary or shared) in the sector, with their value of the
 * indicator in the edition (NULL when not reported or not surveyed that edition); primary ones
 * first, then by name (accents and case ignored), then id. The reference definition, run in Node;
 * the page answers the same from three scans (`departmentInitiatives`), tested equal.
 */
export function departmentInitiativesSql(f: Filter): Query {
	return {
		sql: `SELECT i.iniciativa_id, i.nombre, i.municipio, i.sector, d.principal, r.valor
FROM iniciativa_departamentos d
JOIN iniciativas i ON i.iniciativa_id = d.iniciativa_id
LEFT JOIN resultados r
  ON r.iniciativa_id = i.iniciativa_id AND r.indicador = ? AND r.edicion = ?
WHERE d.divipola = ? AND (? = '*' OR i.sector_id = ?)
ORDER BY d.principal DESC, lower(strip_accents(i.nombre)), i.iniciativa_id`,
		params: [f.indicador, f.edicion, f.divipola, f.sector, f.sector],
		tables: ['iniciativa_departamentos', 'iniciativas', 'resultados']
	};
}

/** The department's links to initiatives (primary or shared). */
export function departmentLinks(divipola: string): Scan {
	return {
		table: 'iniciativa_departamentos',
		columns: ['iniciativa_id', 'principal'],
		where: { divipola },
		order: ['iniciativa_id']
	};
}

/** What the panel shows of every initiative. */
export const initiativeLabels: Scan = {
	table: 'iniciativas',
	columns: ['iniciativa_id', 'nombre', 'municipio', 'sector_id', 'sector'],
	where: {},
	order: ['iniciativa_id']
};

/** Every reported value of one indicator in one edition (`resultados` is sorted this way). */
export function editionValues(indicador: string, edicion: number): Scan {
	return {
		table: 'resultados',
		columns: ['iniciativa_id', 'valor'],
		where: { indicador, edicion },
		order: ['iniciativa_id']
	};
}

interface Link extends Record<string, unknown> {
	iniciativa_id: string;
	principal: boolean;
}
interface Label extends Record<string, unknown> {
	iniciativa_id: string;
	nombre: string;
	municipio: string | null;
	sector_id: string;
	sector: string;
}
interface Value extends Record<string, unknown> {
	iniciativa_id: string;
	valor: number | null;
}

/** `departmentInitiativesSql` answered from scans, without the query engine. */
export async function departmentInitiatives(
	src: Source,
	f: Filter
): Promise<DepartmentInitiativeRow[]> {
	const [links, labels, values] = await Promise.all([
		src.scan<Link>(departmentLinks(f.divipola)),
		src.scan<Label>(initiativeLabels),
		src.scan<Value>(editionValues(f.indicador, f.edicion))
	]);
	const label = new Map(labels.map((l) => [l.iniciativa_id, l]));
	const value = new Map(values.map((v) => [v.iniciativa_id, v.valor]));
	const rows: (DepartmentInitiativeRow & { key: string })[] = [];
	for (const { iniciativa_id, principal } of links) {
		const l = label.get(iniciativa_id);
		if (!l || (f.sector !== '*' && l.sector_id !== f.sector)) continue;
		rows.push({
			iniciativa_id,
			nombre: l.nombre,
			municipio: l.municipio,
			sector: l.sector,
			principal,
			valor: value.get(iniciativa_id) ?? null,
			key: fold(l.nombre)
		});
	}
	rows.sort(
		(a, b) =>
			Number(b.principal) - Number(a.principal) ||
			(a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
			(a.iniciativa_id < b.iniciativa_id ? -1 : 1)
	);
	return rows.map(({ key: _key, ...r }) => r);
}

import type { Query } from '../types';
import type { Scan } from './scan';

export interface InitiativeOption extends Record<string, unknown> {
	iniciativa_id: string;
	nombre: string;
	departamento: string | null;
	sector: string;
}

/**
 * Initiatives whose name, id, department or sector contains the text (accents and case ignored),
 * alphabetical, at most `limit`. An empty text lists the first ones.
 */
export function searchInitiatives(texto: string, limit = 30): Query {
	return {
		sql: `SELECT iniciativa_id, nombre, departamento, sector
FROM iniciativas
WHERE ? = '' OR strpos(lower(strip_accents(concat_ws(' ', nombre, iniciativa_id, departamento, sector))), lower(strip_accents(?))) > 0
ORDER BY lower(strip_accents(nombre)), iniciativa_id
LIMIT ?`,
		params: [texto.trim(), texto.trim(), Math.max(1, Math.min(200, Math.floor(limit)))],
		tables: ['iniciativas']
	};
}

/** One initiative's name, department and sector (for labels of a linked view). */
export function initiativeByIdScan(id: string): Scan {
	return {
		table: 'iniciativas',
		columns: ['iniciativa_id', 'nombre', 'departamento', 'sector'],
		where: { iniciativa_id: id },
		order: ['iniciativa_id']
	};
}

/** The columns an initiative search reads. */
export const initiativeOptions: Scan = {
	table: 'iniciativas',
	columns: ['iniciativa_id', 'nombre', 'departamento', 'sector'],
	where: {},
	order: ['iniciativa_id']
};

/** Lower case without accents, as DuckDB's `lower(strip_accents(…))`. */
const bare = (t: string) =>
	t
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();

/**
 * `searchInitiatives` answered in the page from the initiatives' rows (`initiativeOptions`),
 * without the query engine: same match, order and limit (tests hold the two equal).
 */
export function searchInitiativesIn(
	rows: InitiativeOption[],
	texto: string,
	limit = 30
): InitiativeOption[] {
	const t = bare(texto.trim());
	const n = Math.max(1, Math.min(200, Math.floor(limit)));
	const keyed = rows
		.filter(
			(r) =>
				t === '' ||
				bare(
					[r.nombre, r.iniciativa_id, r.departamento, r.sector].filter((x) => x !== null).join(' ')
				).includes(t)
		)
		.map((r) => ({ r, k: bare(r.nombre) }));
	keyed.sort((a, b) =>
		a.k < b.k ? -1 : a.k > b.k ? 1 : a.r.iniciativa_id < b.r.iniciativa_id ? -1 : 1
	);
	return keyed.slice(0, n).map((x) => x.r);
}

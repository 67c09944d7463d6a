import type { Query } from '../types';

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
export function initiativeById(id: string): Query {
	return {
		sql: `SELECT iniciativa_id, nombre, departamento, sector FROM iniciativas WHERE iniciativa_id = ?`,
		params: [id],
		tables: ['iniciativas']
	};
}

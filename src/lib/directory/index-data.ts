import type { InitiativeRow, ParticipationRow } from '$lib/data/queries/initiatives';

/** One initiative as the directory needs it (small: the whole list is fetched once). */
export interface DirectoryRow {
	id: string;
	nombre: string;
	municipio: string | null;
	/** Primary department (DIVIPOLA) or null when unknown. */
	divipola: string | null;
	/** Departments it also covers (shared). */
	adicionales: string[];
	sector: string;
	ingreso: number | null;
	/**
	 * Maturity per edition, aligned with `DirectoryIndex.ediciones`: `null` = did not report that
	 * edition, `0` = reported without a maturity level, `k` = level k (1 = lowest).
	 */
	madurez: (number | null)[];
}

/** The directory's data: every initiative, in accent-insensitive name order. */
export interface DirectoryIndex {
	version: string;
	muestra: boolean;
	ediciones: number[];
	filas: DirectoryRow[];
}

/** A row as a JSON tuple: `[id, nombre, municipio, divipola, adicionales, sector, ingreso, madurez]`. */
type Tuple = [
	string,
	string,
	string | null,
	string | null,
	string,
	string,
	number | null,
	(number | null)[]
];

/** The published JSON: rows as tuples, about half the bytes of objects with repeated keys. */
export interface DirectoryIndexJson extends Omit<DirectoryIndex, 'filas'> {
	aviso: string;
	columnas: string[];
	filas: Tuple[];
}

/** Joins the catalog and the participation rows into directory rows (keeps the catalog order). */
export function buildIndex(
	initiatives: InitiativeRow[],
	participation: ParticipationRow[],
	ediciones: number[]
): DirectoryRow[] {
	const pos = new Map(ediciones.map((e, i) => [e, i]));
	const levels = new Map<string, (number | null)[]>();
	for (const p of participation) {
		const i = pos.get(p.edicion);
		if (i === undefined) continue;
		let m = levels.get(p.iniciativa_id);
		if (!m) levels.set(p.iniciativa_id, (m = ediciones.map(() => null)));
		m[i] = p.madurez ?? 0;
	}
	return initiatives.map((r) => ({
		id: r.iniciativa_id,
		nombre: r.nombre,
		municipio: r.municipio,
		divipola: r.divipola,
		adicionales: r.adicionales ? r.adicionales.split('|') : [],
		sector: r.sector_id,
		ingreso: r.anio_ingreso_red,
		madurez: levels.get(r.iniciativa_id) ?? ediciones.map(() => null)
	}));
}

export function encodeIndex(index: DirectoryIndex): DirectoryIndexJson {
	return {
		version: index.version,
		muestra: index.muestra,
		aviso: index.muestra
			? 'Datos de demostración: valores sintéticos, no resultados del SSME.'
			: 'Resultados del SSME, Red Clúster Colombia (Confecámaras).',
		ediciones: index.ediciones,
		columnas: [
			'id',
			'nombre',
			'municipio',
			'divipola',
			'adicionales',
			'sector',
			'ingreso',
			'madurez'
		],
		filas: index.filas.map((r) => [
			r.id,
			r.nombre,
			r.municipio,
			r.divipola,
			r.adicionales.join('|'),
			r.sector,
			r.ingreso,
			r.madurez
		])
	};
}

export function decodeIndex(json: DirectoryIndexJson): DirectoryIndex {
	return {
		version: json.version,
		muestra: json.muestra,
		ediciones: json.ediciones,
		filas: json.filas.map(([id, nombre, municipio, divipola, adic, sector, ingreso, madurez]) => ({
			id,
			nombre,
			municipio,
			divipola,
			adicionales: adic ? adic.split('|') : [],
			sector,
			ingreso,
			madurez
		}))
	};
}

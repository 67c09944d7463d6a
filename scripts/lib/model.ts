/** The validated inputs, in memory (all but the results, which stream into DuckDB). */
import type { Agregacion, TipoIndicador as Tipo } from '../../src/lib/contract/manifest.ts';

export type { Agregacion, Tipo };

export interface Departamento {
	divipola: string;
	nombre: string;
	nombre_corto: string;
	iso_3166_2: string | null;
	capital: string | null;
	lat: number | null;
	lon: number | null;
	variantes: string[];
}

export interface Sector {
	sector_id: string;
	nombre: string;
	/** English name (optional column); null falls back to `nombre`. */
	nombre_en: string | null;
	variantes: string[];
}

export interface Indicador {
	codigo: string;
	nombre: string;
	dimension: string;
	unidad: string;
	tipo: Tipo;
	niveles: string[];
	agregacion: Agregacion;
	minimo: number | null;
	maximo: number | null;
	mayor_es_mejor: boolean;
	descripcion: string | null;
	/** English labels (optional columns); null falls back to the Spanish ones. */
	nombre_en: string | null;
	descripcion_en: string | null;
	/** Same count and order as `niveles`, or null. */
	niveles_en: string[] | null;
	orden: number;
}

export interface Edicion {
	edicion: number;
	anio_campo: number;
	etiqueta: string;
	fecha_corte: string;
}

export interface Iniciativa {
	iniciativa_id: string;
	nombre: string | null;
	divipola: string | null;
	departamento: string | null;
	municipio: string | null;
	sector_id: string | null;
	sector: string | null;
	sector_detalle: string | null;
	entidad_lider: string | null;
	anio_inicio: number | null;
	anio_ingreso_red: number | null;
	reconocimiento_2024: string | null;
	fuente: string | null;
	notas: string | null;
	/** Other departments it spans (DIVIPOLA), without the primary one. */
	adicionales: string[];
}

/** A reference table copied through (hitos, coyuntura): columns typed from their values. */
export interface CopyTable {
	columns: { name: string; type: 'VARCHAR' | 'DOUBLE' | 'INTEGER' }[];
	rows: (string | number | null)[][];
}

export interface Origen {
	muestra: boolean;
	descripcion: string | null;
	/** English twin of `descripcion` (`descripcion_en`), or null. */
	descripcion_en: string | null;
	/** The sample generator's seed, when the data are a sample. */
	semilla: number | null;
}

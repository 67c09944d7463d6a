/**
 * The published contract: `static/data/manifest.json`, declared once. The data build writes it
 * (`scripts/lib/manifest.ts`), the site reads it (prerender, `/datos`, the engine's table list)
 * and the tests compare against it. `parseManifest` checks it where it enters a page.
 */

/** Indicator types of the dictionary (`raw/indicadores.csv`, column `tipo`). */
export const TIPOS = ['numero', 'booleano', 'categoria'] as const;
export type TipoIndicador = (typeof TIPOS)[number];

/** Aggregation rules of the dictionary (column `agregacion`). */
export const AGREGACIONES = ['suma', 'promedio', 'mediana', 'distribucion'] as const;
export type Agregacion = (typeof AGREGACIONES)[number];

/** Column names and SQL types of a published table. */
export interface ColumnInfo {
	nombre: string;
	tipo: string;
}

/** One published file. */
export interface FileEntry {
	archivo: string;
	bytes: number;
	sha256: string;
}

/** One published table. */
export interface TableEntry {
	filas: number;
	columnas: ColumnInfo[];
	archivos: FileEntry[];
}

/** An edition as the manifest lists it. */
export interface ManifestEdicion {
	edicion: number;
	anio_campo: number;
	etiqueta: string;
	fecha_corte: string;
}

/** An indicator of the dictionary as the manifest lists it. */
export interface ManifestIndicador {
	codigo: string;
	nombre: string;
	dimension: string;
	unidad: string;
	tipo: TipoIndicador;
	niveles: string[];
	agregacion: Agregacion;
	minimo: number | null;
	maximo: number | null;
	mayor_es_mejor: boolean;
	descripcion: string | null;
	/**
	 * English labels (optional columns of the dictionary): null when the dictionary has none, and
	 * absent in manifests built before they existed. `niveles_en` has the count and order of
	 * `niveles`.
	 */
	nombre_en?: string | null;
	descripcion_en?: string | null;
	niveles_en?: string[] | null;
	orden: number;
}

/** A sector as the manifest lists it; `nombre_en` as the indicators' English labels. */
export interface ManifestSector {
	sector_id: string;
	nombre: string;
	nombre_en?: string | null;
}

/** `static/data/manifest.json`: what the site needs before any query, and what tests compare. */
export interface Manifest {
	version: string;
	generado: string;
	muestra: boolean;
	descripcion_muestra: string | null;
	/** Its English twin (`descripcion_en` in `raw/origen.json`), or null. */
	descripcion_muestra_en?: string | null;
	/** The sample generator's seed (`raw/origen.json`), when `muestra`. */
	semilla: number | null;
	clave_entradas: string;
	ediciones: ManifestEdicion[];
	indicadores: ManifestIndicador[];
	sectores: ManifestSector[];
	departamentos: { divipola: string; nombre: string; nombre_corto: string }[];
	/**
	 * The texts of the reference copies (`hitos`, `coyuntura`) that have an English column, row
	 * by row in the table's order: each Spanish text beside its `_en` twin (null where the data
	 * have none). Absent in manifests built before they existed.
	 */
	textos_referencia?: Record<string, Record<string, string | null>[]>;
	tablas: Record<string, TableEntry>;
	geo: FileEntry | null;
	/** Every table as CSV in one zip (`data/tablero-cluster-csv.zip`); derived from the tables, so not part of `version`. */
	paquete_csv: FileEntry | null;
	entradas: Record<string, string>;
}

/** The Parquet file of a table, if the manifest lists one. */
export function parquetOf(t: TableEntry, tabla: string): FileEntry | undefined {
	return t.archivos.find((a) => a.archivo === `${tabla}.parquet`);
}

/** Bytes of each table's Parquet file. */
export function parquetSizes(m: Pick<Manifest, 'tablas'>): Record<string, number> {
	const out: Record<string, number> = {};
	for (const [tabla, t] of Object.entries(m.tablas)) {
		const f = parquetOf(t, tabla);
		if (f) out[tabla] = f.bytes;
	}
	return out;
}

export { parseManifest, ManifestError } from './check';

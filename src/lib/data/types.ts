import type { Scan } from './queries/scan';

/** Shapes shared by the data layer, the map and the charts. Column names follow the contract in data/README.md. */

export type { Agregacion, TipoIndicador } from '../contract/manifest';
import type { ManifestIndicador } from '../contract/manifest';

/**
 * An indicator as the site holds it: the contract's, with its labels in the page's language
 * (`localizeCatalog`) and its description always text. `niveles` stay the data's values (what
 * queries compare); `etiquetasNiveles` are their labels, in the same order.
 */
export interface Indicador extends Omit<
	ManifestIndicador,
	'descripcion' | 'orden' | 'nombre_en' | 'descripcion_en' | 'niveles_en'
> {
	descripcion: string;
	etiquetasNiveles: string[];
	/** 'es' when an English page shows this indicator's labels in Spanish (no English in the data). */
	lang?: 'es';
}

export interface Edicion {
	edicion: number;
	anio_campo: number;
	etiqueta: string;
	fecha_corte: string;
}

export interface Sector {
	sector_id: string;
	/** In the page's language (`localizeCatalog`). */
	nombre: string;
	/** 'es' when an English page shows this name in Spanish (no English in the data). */
	lang?: 'es';
}

export interface Departamento {
	divipola: string;
	nombre: string;
	nombre_corto: string;
}

/** What every page needs to build its controls without a query. */
export interface Catalog {
	version: string;
	generado: string;
	muestra: boolean;
	descripcionMuestra: string;
	/** 'es' when an English page shows `descripcionMuestra` in Spanish (no English in the data). */
	descripcionMuestraLang?: 'es';
	/** True on an English page when some data label has no English and is shown in Spanish. */
	etiquetasEnEspanol: boolean;
	ediciones: Edicion[];
	indicadores: Indicador[];
	sectores: Sector[];
	departamentos: Departamento[];
	/** Bytes of each published table's Parquet file, so the page can read it by ranges. */
	parquet: Record<string, number>;
}

/** A SQL statement with bound values and the published tables it reads. */
export interface Query {
	sql: string;
	params: (string | number | boolean | null)[];
	tables: string[];
}

/** Runs queries over the published tables: DuckDB-WASM in the browser, @duckdb/node-api in Node. */
export interface Connector {
	query<T extends Record<string, unknown>>(q: Query): Promise<T[]>;
}

/**
 * Answers scans (filtered, ordered reads of one table): the Parquet files read in the page
 * without the engine (`parquet/source.ts`), or `scanSql` through a connector in Node.
 */
export interface Source {
	scan<T extends Record<string, unknown>>(s: Scan): Promise<T[]>;
}

/**
 * Where a view's data comes from: scans of the published Parquet (no engine), and the SQL engine
 * only for what is not pre-aggregated (DuckDB-WASM in the page, started on demand).
 */
export interface DataAccess {
	source: Source;
	engine(): Promise<Connector>;
}

/** Node's connector answers both (prerendering, tests). */
export function viaConnector(conn: Connector & Source): DataAccess {
	return { source: conn, engine: () => Promise.resolve(conn) };
}

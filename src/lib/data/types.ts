/** Shapes shared by the data layer, the map and the charts. Column names follow the contract in data/README.md. */

export type Agregacion = 'suma' | 'promedio' | 'mediana' | 'distribucion';
export type TipoIndicador = 'numero' | 'booleano' | 'categoria';

export interface Indicador {
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
	descripcion: string;
}

export interface Edicion {
	edicion: number;
	anio_campo: number;
	etiqueta: string;
	fecha_corte: string;
}

export interface Sector {
	sector_id: string;
	nombre: string;
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
	ediciones: Edicion[];
	indicadores: Indicador[];
	sectores: Sector[];
	departamentos: Departamento[];
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

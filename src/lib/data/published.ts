/** The published files as the manifest lists them: what /datos and /explorar show without a query. */

export interface PublishedFile {
	/** Path under the site's base, e.g. `data/resultados.parquet`. */
	archivo: string;
	bytes: number;
	sha256: string;
}

export interface PublishedTable {
	tabla: string;
	filas: number;
	columnas: { nombre: string; tipo: string }[];
	parquet: PublishedFile;
}

export interface Published {
	tablas: PublishedTable[];
	/** All tables as CSV in one zip (null if the data were built before the bundle existed). */
	paqueteCsv: PublishedFile | null;
	/** The sample generator's seed, when the data are a sample. */
	semilla: number | null;
}

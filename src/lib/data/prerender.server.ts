import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetSizes, parseManifest, type Manifest } from '../contract/manifest';
import { NodeConnector } from './node-connector';
import type { Catalog, Departamento, Edicion, Indicador, Sector } from './types';

/**
 * Where the data build publishes (relative to the project root, where vite build runs).
 * `TABLERO_STATIC_DIR` points a build at another folder (the benchmark's); svelte.config.js
 * reads the same variable for the static assets.
 */
export const PUBLISHED = process.env.TABLERO_STATIC_DIR || 'static';

/** The published manifest, checked against the contract. */
export function readManifest(dir = join(PUBLISHED, 'data')): Manifest {
	return parseManifest(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
}

type IndicadorRow = Omit<Indicador, 'niveles' | 'mayor_es_mejor'> & {
	niveles: string | null;
	mayor_es_mejor: boolean | string;
};

/** Opens the published Parquet for prerendering; the caller closes it. */
export function openPublished(): NodeConnector {
	return new NodeConnector(join(PUBLISHED, 'data'));
}

/** The catalog every page needs (manifest facts plus the small dimension tables). */
export async function loadCatalog(conn: NodeConnector): Promise<Catalog> {
	const manifest = readManifest();
	const q = <T extends Record<string, unknown>>(sql: string, tables: string[]) =>
		conn.query<T>({ sql, params: [], tables });
	const [ediciones, indicadores, sectores, departamentos] = await Promise.all([
		q<Edicion & Record<string, unknown>>(
			'SELECT edicion, anio_campo, etiqueta, CAST(fecha_corte AS VARCHAR) AS fecha_corte FROM ediciones ORDER BY edicion',
			['ediciones']
		),
		q<IndicadorRow & Record<string, unknown>>('SELECT * FROM indicadores ORDER BY orden', [
			'indicadores'
		]),
		q<Sector & Record<string, unknown>>('SELECT sector_id, nombre FROM sectores ORDER BY nombre', [
			'sectores'
		]),
		q<Departamento & Record<string, unknown>>(
			'SELECT divipola, nombre, nombre_corto FROM departamentos ORDER BY divipola',
			['departamentos']
		)
	]);
	return {
		version: manifest.version,
		generado: manifest.generado,
		muestra: manifest.muestra,
		descripcionMuestra:
			manifest.descripcion_muestra ??
			'Datos de demostración: valores sintéticos, no resultados del SSME.',
		etiquetasEnEspanol: false,
		ediciones,
		indicadores: indicadores.map((i) => ({
			codigo: i.codigo,
			nombre: i.nombre,
			dimension: i.dimension,
			unidad: i.unidad,
			tipo: i.tipo,
			niveles: i.niveles ? i.niveles.split('|') : [],
			etiquetasNiveles: i.niveles ? i.niveles.split('|') : [],
			agregacion: i.agregacion,
			minimo: i.minimo ?? null,
			maximo: i.maximo ?? null,
			mayor_es_mejor: i.mayor_es_mejor === true || i.mayor_es_mejor === 'sí',
			descripcion: i.descripcion ?? ''
		})),
		sectores,
		departamentos,
		parquet: parquetSizes(manifest)
	};
}

let cached: { version: string; catalog: Promise<Catalog> } | undefined;

/**
 * The catalog for every prerendered page, read once per data version: a build prerenders
 * thousands of pages (one per initiative) and must not open DuckDB for each. The manifest is
 * re-read (cheap) so `vite dev` picks up a rebuilt dataset.
 */
export function publishedCatalog(): Promise<Catalog> {
	const { version } = readManifest();
	if (cached?.version !== version) {
		const conn = openPublished();
		const catalog = loadCatalog(conn).finally(() => conn.close());
		cached = { version, catalog };
		catalog.catch(() => (cached = undefined));
	}
	return cached.catalog;
}

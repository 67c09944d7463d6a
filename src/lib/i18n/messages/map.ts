import { msg, plural } from '../message';

/** The home page's map (value mode), its panel, ranking, table and legend, and /embed/mapa. */

// Page
export const pageTitle = msg(
	'Mapa de iniciativas clúster por departamento · Tablero Clúster',
	'Map of cluster initiatives by department · Tablero Clúster'
);
export const pageDescription = msg(
	'Mapa de Colombia con los resultados del SSME de las iniciativas clúster por departamento, edición y sector.',
	'Map of Colombia with the SSME results of the cluster initiatives by department, edition and sector.'
);
export const heading = msg(
	'Iniciativas clúster de Colombia por departamento',
	'Cluster initiatives of Colombia by department'
);
export const lede = msg(
	'Resultados del Sistema de Seguimiento, Monitoreo y Evaluación (SSME) de la Red Clúster Colombia.',
	'Results of the SSME, the monitoring and evaluation system of Red Clúster Colombia.'
);
export const exploreMap = msg('Explorar el mapa', 'Explore the map');
export const indicator = msg('Indicador', 'Indicator');
export const edition = msg('Edición', 'Edition');
export const sector = msg('Sector', 'Sector');
export const allSectors = msg('Todos los sectores', 'All sectors');
/** What DataStatus says is loading ("Cargando …"). */
export const mapData = msg('los datos del mapa', 'the map data');
export const chosenView = msg('la vista elegida', 'the chosen view');
export const loadingView = msg('Cargando la vista elegida…', 'Loading the chosen view…');
export const updateError = msg(
	(error: string) => `No se pudo actualizar el mapa: ${error}`,
	(error: string) => `The map could not be updated: ${error}`
);
export const stillShowing = msg(
	(title: string) => `Se sigue mostrando «${title}».`,
	(title: string) => `Still showing “${title}”.`
);
/** The caption under the map's title in value mode. */
export const subtitle = msg(
	(description: string, aggregation: string) =>
		`${description} Valor por departamento: ${aggregation} de las iniciativas que reportan.`,
	(description: string, aggregation: string) =>
		`${description} Value by department: ${aggregation} of the initiatives reporting.`
);
export const sideLabel = msg(
	'Resumen y departamento seleccionado',
	'Summary and selected department'
);
export const nationalTotal = msg('Total nacional', 'National total');
export const nationalCounts = msg(
	(reporting: string, total: string, departments: string) =>
		`${reporting} de ${total} iniciativas reportan · ${departments} departamentos con iniciativas`,
	(reporting: string, total: string, departments: string) =>
		`${reporting} of ${total} initiatives reporting · ${departments} departments with initiatives`
);
/** The count note is cut around its link to the directory. */
export const countNoteBefore = msg(
	(edition: string) => `Cuenta las iniciativas del catálogo que participan en ${edition}; el`,
	(edition: string) => `Counts the catalogue's initiatives that take part in ${edition}; the`
);
export const countNoteLink = msg('directorio', 'directory');
export const countNoteAfter = msg(
	'lista todo el catálogo público y la Red Clúster publica su propio conteo (abajo, en «Contexto»).',
	'lists the whole public catalogue, and Red Clúster publishes its own count (below, under “Context”).'
);
export const hint = msg(
	'Pase el cursor por el mapa o llegue a él con Tab y recórralo con las flechas; haga clic o pulse Enter en un departamento para ver sus iniciativas.',
	'Hover over the map, or reach it with Tab and move through it with the arrow keys; click or press Enter on a department to see its initiatives.'
);
export const tableSummary = msg('Ver los datos del mapa como tabla', 'See the map data as a table');
export const embedTableSummary = msg('Ver los datos como tabla', 'See the data as a table');
/** Words in downloaded file names. */
export const fileMap = msg('mapa', 'map');
export const fileAll = msg('todos', 'all');

// Title of a value map
export const mapTitle = msg(
	(indicator: string, edition: string, sector: string | null) =>
		`${indicator} por departamento · ${edition}${sector ? ` · ${sector}` : ''}`,
	(indicator: string, edition: string, sector: string | null) =>
		`${indicator} by department · ${edition}${sector ? ` · ${sector}` : ''}`
);

// Frame: the San Andrés inset's label (first line; the second is "Providencia")
export const insetLabel = msg('San Andrés y', 'San Andrés and');

// Legend
export const noData = msg('Sin datos', 'No data');
export const lessThan = msg(
	(x: string) => `menos de ${x}`,
	(x: string) => `less than ${x}`
);
export const orMore = msg(
	(x: string) => `${x} o más`,
	(x: string) => `${x} or more`
);
export const fromToLessThan = msg(
	(a: string, b: string) => `de ${a} a menos de ${b}`,
	(a: string, b: string) => `${a} to less than ${b}`
);
export const darkerHigher = msg('Más oscuro: valor más alto.', 'Darker: higher value.');
export const darkerLower = msg(
	'Más oscuro: valor más bajo (menor es mejor).',
	'Darker: lower value (lower is better).'
);

// A department's words (tooltip and accessible name)
export const noDataDepartment = msg(
	'Sin datos: ninguna iniciativa de este departamento en la selección.',
	'No data: no initiative of this department in the selection.'
);
export const rankOf = msg(
	(rank: number, of: number) => `Puesto ${rank} de ${of}`,
	(rank: number, of: number) => `Rank ${rank} of ${of}`
);
export const reportingOf = msg(
	(reporting: string, total: string, _n: number) => `${reporting} de ${total} iniciativas reportan`,
	(reporting: string, total: string, n: number) =>
		`${reporting} of ${total} ${plural(n, 'initiative', 'initiatives')} reporting`
);

// Department panel
export const close = msg('Cerrar', 'Close');
/** Said after «Cerrar» to screen readers. */
export const closePanelOf = msg(
	(name: string) => ` panel de ${name}`,
	(name: string) => ` the ${name} panel`
);
export const departmentError = msg(
	(error: string) => `No se pudo consultar el departamento: ${error}`,
	(error: string) => `The department could not be queried: ${error}`
);
export const querying = msg('Consultando…', 'Loading…');
export const byEdition = msg(
	(indicator: string) => `${indicator} por edición`,
	(indicator: string) => `${indicator} by edition`
);
export const value = msg('Valor', 'Value');
export const reporting = msg('Reportan', 'Reporting');
export const nOfM = msg(
	(n: string, m: string) => `${n} de ${m}`,
	(n: string, m: string) => `${n} of ${m}`
);
export const initiativesCount = msg(
	(n: string) => `Iniciativas (${n})`,
	(n: string) => `Initiatives (${n})`
);
export const seeInDirectory = msg('Ver en el directorio', 'See in the directory');
export const departmentPage = msg(
	(name: string) => `Página de ${name}`,
	(name: string) => `Department page: ${name}`
);
export const noInitiatives = msg(
	'No hay iniciativas de este departamento con los filtros elegidos.',
	'No initiative of this department matches the chosen filters.'
);
export const initiativesOf = msg(
	(name: string) => `Iniciativas de ${name}`,
	(name: string) => `Initiatives of ${name}`
);
export const shared = msg(
	' · compartida (departamento adicional)',
	' · shared (additional department)'
);
export const showMore = msg(
	(n: string) => `Mostrar ${n} más`,
	(n: string) => `Show ${n} more`
);
export const initiativesOfLower = msg(
	(name: string) => `iniciativas de ${name}`,
	(name: string) => `initiatives of ${name}`
);
export const shownOf = msg(
	(n: string, of: string) => `(se muestran ${n} de ${of})`,
	(n: string, of: string) => `(${n} of ${of} shown)`
);

// Tables
export const tableOf = msg(
	(caption: string) => `Tabla: ${caption}`,
	(caption: string) => `Table: ${caption}`
);
export const department = msg('Departamento', 'Department');
export const rank = msg('Puesto', 'Rank');
export const initiativesReporting = msg('Iniciativas que reportan', 'Initiatives reporting');

// Ranking
export const rankingTitle = msg('Departamentos ordenados', 'Departments in order');
export const highestFirst = msg('De mayor a menor valor.', 'From highest to lowest value.');
export const lowestFirst = msg(
	'De menor a mayor valor (menor es mejor).',
	'From lowest to highest value (lower is better).'
);
export const rankingKeys = msg(
	'Flechas para recorrer; Enter abre el departamento.',
	'Arrow keys move through the list; Enter opens the department.'
);
export const rankingMissing = msg(
	(n: number, names: string) => `Sin datos (${n}): ${names}.`,
	(n: number, names: string) => `No data (${n}): ${names}.`
);

// Mode switch
export const show = msg('Ver', 'Show');
export const modeValue = msg('Valor', 'Value');
export const modeChange = msg('Cambio entre ediciones', 'Change between editions');

import { msg } from '../message';

/** The initiatives directory (`/iniciativas`): page, filters, table, pager, downloads. */

// Page
export const pageTitle = msg(
	'Directorio de iniciativas clúster · Tablero Clúster',
	'Directory of cluster initiatives · Tablero Clúster'
);
export const metaDescription = msg(
	'Directorio de las iniciativas clúster de Colombia: búsqueda por nombre, filtros por departamento, sector, edición del SSME, madurez y año de ingreso a la Red.',
	'Directory of the cluster initiatives of Colombia: search by name, filter by department, sector, SSME edition, maturity level and year of joining the Red.'
);
export const heading = msg('Directorio de iniciativas', 'Initiative directory');
export const lede = msg(
	'Las iniciativas clúster de la Red Clúster Colombia. Busque por nombre, filtre y ordene; cada nombre lleva al perfil de la iniciativa.',
	'The cluster initiatives of Red Clúster Colombia. Search by name, filter and sort; each name leads to the initiative’s profile.'
);
export const showing = msg(
	(shown: string, total: string) => `Mostrando ${shown} de ${total} iniciativas`,
	(shown: string, total: string) => `Showing ${shown} of ${total} initiatives`
);
export const countNoteBefore = msg(
	'El total es el catálogo público del tablero. El mapa cuenta solo las que participan en cada edición del SSME, y la Red Clúster publica un conteo propio con otras reglas (en el',
	'The total is the dashboard’s public catalogue. The map counts only those that take part in each SSME edition, and the Red Clúster publishes its own count with other rules (on the'
);
export const countNoteLink = msg('inicio', 'home page');
export const countNoteAfter = msg(', «Contexto»).', ', “Context”).');
export const loading = msg('Cargando el directorio completo…', 'Loading the full directory…');
export const loadError = msg(
	(error: string) =>
		`No se pudo cargar el directorio completo (${error}): se muestra la primera página, sin búsqueda ni filtros.`,
	(error: string) =>
		`The full directory could not be loaded (${error}): the first page is shown, without search or filters.`
);
export const exportLoadError = msg(
	(error: string) => `el directorio completo no se pudo cargar (${error})`,
	(error: string) => `the full directory could not be loaded (${error})`
);
export const results = msg('Resultados', 'Results');
export const noResults = msg(
	'Ninguna iniciativa coincide con la búsqueda y los filtros elegidos.',
	'No initiative matches the search and the chosen filters.'
);
export const clearFilters = msg('Limpiar filtros', 'Clear filters');
export const caption = msg(
	(sample: boolean) =>
		`Iniciativas clúster${sample ? ' (madurez: datos de demostración, sintéticos)' : ''}`,
	(sample: boolean) =>
		`Cluster initiatives${sample ? ' (maturity: demonstration data, synthetic)' : ''}`
);
export const exportTitle = msg(
	(shown: string, total: string) => `Directorio de iniciativas clúster: ${shown} de ${total}`,
	(shown: string, total: string) => `Directory of cluster initiatives: ${shown} of ${total}`
);
export const fileInitiatives = msg('iniciativas', 'initiatives');
export const fileSearch = msg('busqueda', 'search');

// Filters
export const search = msg('Buscar', 'Search');
export const searchPlaceholder = msg(
	'Nombre, municipio o departamento',
	'Name, municipality or department'
);
export const searchHelp = msg(
	'Varias palabras en cualquier orden, sin distinguir tildes ni mayúsculas; admite comienzos de palabra y errores pequeños.',
	'Several words in any order, ignoring accents and capitals; word beginnings and small typos are accepted.'
);
export const department = msg('Departamento', 'Department');
export const allDepartments = msg('Todos los departamentos', 'All departments');
export const sector = msg('Sector', 'Sector');
export const allSectors = msg('Todos los sectores', 'All sectors');
export const reportedIn = msg('Reportó en la edición', 'Reported in the edition');
export const anyEdition = msg('Cualquier edición', 'Any edition');
export const maturityIn = msg(
	(edition: string) => `Madurez en ${edition}`,
	(edition: string) => `Maturity in ${edition}`
);
export const maturityLatest = msg('Madurez más reciente', 'Latest maturity');
export const anyLevel = msg('Cualquier nivel', 'Any level');
export const yearJoined = msg('Año de ingreso a la Red', 'Year of joining the Red');
export const anyYear = msg('Cualquier año', 'Any year');

// Table
export const colInitiative = msg('Iniciativa', 'Initiative');
export const colMunicipality = msg('Municipio', 'Municipality');
export const colJoined = msg('Ingreso a la Red', 'Joined the Red');
export const sortedDescending = msg(
	'(orden descendente; pulse para ascendente)',
	'(sorted descending; press for ascending)'
);
export const sortedAscending = msg(
	'(orden ascendente; pulse para descendente)',
	'(sorted ascending; press for descending)'
);
export const pressToSort = msg('(pulse para ordenar)', '(press to sort)');
export const noData = msg('sin datos', 'no data');
export const noDepartment = msg('sin departamento', 'no department');
export const sharedPrefix = msg('compartida · ', 'shared · ');
export const alsoIn = msg(
	(names: string) => `también ${names}`,
	(names: string) => `also ${names}`
);
export const levelAt = msg(
	(level: string, edition: string) => `${level} (${edition})`,
	(level: string, edition: string) => `${level} (${edition})`
);

// Pager
export const pagerLabel = msg('Páginas del directorio', 'Directory pages');
export const previous = msg('← Anterior', '← Previous');
export const next = msg('Siguiente', 'Next');
export const pageWord = msg(' página', ' page');
export const pageOf = msg(
	(page: string, pages: string, from: string, to: string, count: string) =>
		`Página ${page} de ${pages} · filas ${from}–${to} de ${count}`,
	(page: string, pages: string, from: string, to: string, count: string) =>
		`Page ${page} of ${pages} · rows ${from}–${to} of ${count}`
);

// Download: filters in the words of the controls
export const filterSearch = msg('Búsqueda', 'Search');
export const filterEdition = msg('Edición', 'Edition');
export const filterMaturity = msg('Madurez', 'Maturity');
export const filterNone = msg('Filtros', 'Filters');
export const filterNoneValue = msg('ninguno (todas las iniciativas)', 'none (all initiatives)');
export const filterOrder = msg('Orden', 'Order');
export const sortName = msg('nombre', 'name');
export const sortDepartment = msg('departamento', 'department');
export const sortSector = msg('sector', 'sector');
export const sortJoined = msg('año de ingreso a la Red', 'year of joining the Red');
export const sortMaturity = msg('madurez', 'maturity');
export const descending = msg(' (descendente)', ' (descending)');

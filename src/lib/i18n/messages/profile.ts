import { msg, plural } from '../message';

/** An initiative's profile (/iniciativas/<id>) and its embeddable card (/embed/iniciativa/<id>). */
export const notFound = msg(
	'No existe una iniciativa con ese identificador.',
	'There is no initiative with that identifier.'
);
export const pageTitle = msg(
	(name: string) => `${name} · Iniciativas · Tablero Clúster`,
	(name: string) => `${name} · Initiatives · Tablero Clúster`
);
export const pageDescription = msg(
	(name: string) =>
		`Perfil de ${name}: identidad, ubicación, madurez e indicadores del SSME por edición frente a las medianas de su sector y departamento.`,
	(name: string) =>
		`Profile of ${name}: identity, location, maturity and SSME indicators by edition against the medians of its sector and department.`
);
export const breadcrumb = msg('Ruta de navegación', 'Breadcrumb');
export const initiatives = msg('Iniciativas', 'Initiatives');
export const noDepartment = msg('sin departamento', 'no department');
export const locatorLabel = msg(
	(dept: string, shared: string[]) =>
		`Ubicación en el mapa de Colombia: ${dept}${shared.length ? `, y también ${shared.join(', ')} (compartida)` : ''}.`,
	(dept: string, shared: string[]) =>
		`Location on the map of Colombia: ${dept}${shared.length ? `, and also ${shared.join(', ')} (shared)` : ''}.`
);
export const identity = msg('Identidad', 'Identity');
export const location = msg('Ubicación', 'Location');
export const alsoIn = msg('También:', 'Also:');
export const notOnMap = msg(
	'Sin departamento conocido: no se ubica en el mapa.',
	'No known department: it is not placed on the map.'
);
export const seeOnMap = msg(
	(dept: string) => `Ver ${dept} en el mapa`,
	(dept: string) => `See ${dept} on the map`
);
export const initiativesOf = msg(
	(dept: string) => `Iniciativas de ${dept}`,
	(dept: string) => `Initiatives of ${dept}`
);
/** A link around the sector's name (which may be Spanish): the words before and after it. */
export const initiativesOfSectorBefore = msg('Iniciativas del sector', 'Initiatives of the');
export const initiativesOfSectorAfter = msg('', ' sector');
export const evolutionOfThis = msg('Evolución de esta iniciativa', 'Evolution of this initiative');
export const maturityByEdition = msg('Madurez por edición', 'Maturity by edition');
export const indicatorsHeading = msg(
	'Indicadores por edición frente a su sector y su departamento',
	'Indicators by edition against its sector and its department'
);
export const explainBefore = msg(
	'Cada tabla compara el valor de la iniciativa con la',
	"Each table compares the initiative's value with the"
);
export const explainMedian = msg('mediana', 'median');
export const explainAfter = msg(
	(dept: string | null) =>
		`de las iniciativas de su sector y con la de las iniciativas cuyo departamento principal es ${dept ?? 'el suyo'}, en la misma edición («n» = cuántas reportaron). En los indicadores de sí o no se compara con el porcentaje que respondió «Sí»; en los de nivel, con el nivel mediano. «sin datos»: no se reportó en esa edición (nunca se cuenta como cero).`,
	(dept: string | null) =>
		`of the initiatives of its sector and with that of the initiatives whose primary department is ${dept ?? 'its own'}, in the same edition (“n” = how many reported). Yes-or-no indicators compare with the percentage that answered “Yes”; level indicators, with the median level. “no data”: not reported in that edition (never counted as zero).`
);
export const syntheticValues = msg(
	'Valores sintéticos (datos de demostración).',
	'Synthetic values (demonstration data).'
);
export const dimension = msg('Dimensión', 'Dimension');
export const allDimensions = msg('Todas las dimensiones', 'All dimensions');
export const exportTitle = msg(
	(name: string) =>
		`${name}: indicadores por edición frente a las medianas de su sector y su departamento`,
	(name: string) =>
		`${name}: indicators by edition against the medians of its sector and its department`
);
export const exportSubtitle = msg(
	'Cada gráfica compara el valor de la iniciativa (línea continua) con la mediana de su sector y la de su departamento (líneas discontinuas).',
	"Each chart compares the initiative's value (solid line) with the median of its sector and that of its department (dashed lines)."
);
export const filterInitiative = msg('Iniciativa', 'Initiative');
export const filterSector = msg('Sector', 'Sector');
export const filterDepartment = msg('Departamento', 'Department');
export const fileName = msg('perfil', 'profile');

/** Identity card. */
export const department = msg('Departamento', 'Department');
export const noKnownDepartment = msg('Sin departamento conocido', 'No known department');
export const sharedNote = msg(
	(others: string) =>
		`Iniciativa compartida: abarca también ${others}. En el mapa y en las medianas departamentales cuenta solo en su departamento principal.`,
	(others: string) =>
		`Shared initiative: it also covers ${others}. On the map and in the department medians it counts only in its primary department.`
);
export const municipality = msg('Municipio', 'Municipality');
export const noValue = msg('sin dato', 'not available');
export const sector = msg('Sector', 'Sector');
export const perSource = msg('Según la fuente:', 'According to the source:');
export const leadOrganization = msg('Entidad líder', 'Lead organization');
export const startYear = msg('Año de inicio', 'Start year');
export const joinedRed = msg('Año de ingreso a la Red Clúster', 'Year it joined the Red Clúster');
export const award2024 = msg('Reconocimiento 2024', '2024 award');
export const noAward = msg('Sin reconocimiento registrado', 'No award recorded');
export const sources = msg('Fuentes', 'Sources');
export const noSource = msg('sin fuente citada', 'no source cited');
export const notes = msg('Notas', 'Notes');
export const identifier = msg('Identificador', 'Identifier');

/** Summary by dimension. */
export const summaryCaption = msg(
	(edition: string) =>
		`Indicadores por encima / por debajo de la mediana en ${edition}, la última edición que reportó`,
	(edition: string) =>
		`Indicators above / below the median in ${edition}, the latest edition it reported`
);
export const colDimension = msg('Dimensión', 'Dimension');
export const colReported = msg('Reportados', 'Reported');
export const colVsSector = msg('Frente al sector', 'Against the sector');
export const colVsDepartment = msg(
	(dept: string) => `Frente a ${dept}`,
	(dept: string) => `Against ${dept}`
);
export const summary = msg('Resumen', 'Summary');
export const neverReported = msg(
	'La iniciativa no ha reportado indicadores en ninguna edición.',
	'The initiative has not reported indicators in any edition.'
);
export const summaryTableLabel = msg(
	'Tabla del resumen por dimensión',
	'Table of the summary by dimension'
);

/** Maturity by edition. */
export const colEdition = msg('Edición', 'Edition');
export const colLevel = msg('Nivel', 'Level');
export const notReported = msg('sin datos (no reportó)', 'no data (did not report)');
export const levelNotReported = msg(
	'sin datos (no informó el nivel)',
	'no data (did not report the level)'
);
export const levelOf = msg(
	(level: string, of: string) => `${level} de ${of}`,
	(level: string, of: string) => `${level} of ${of}`
);
export const maturityCaption = msg(
	(name: string, levels: string) => `${name} por edición (niveles de menor a mayor: ${levels})`,
	(name: string, levels: string) => `${name} by edition (levels from lowest to highest: ${levels})`
);

/** Comparison chart and table. */
export const seriesOf = msg(
	(name: string) => `Series de ${name}`,
	(name: string) => `Series of ${name}`
);
export const chartTitle = msg(
	(ind: string, name: string) =>
		`${ind}: ${name} frente a las medianas de su sector y su departamento`,
	(ind: string, name: string) =>
		`${ind}: ${name} against the medians of its sector and its department`
);
export const chartDescription = msg(
	'Valor por edición; las líneas discontinuas son medianas de grupo. Los datos están en la tabla siguiente.',
	'Value by edition; the dashed lines are group medians. The data are in the next table.'
);
export const inGroup = msg(
	(n: number, count: string) =>
		`${count} ${plural(n, 'iniciativa en el grupo', 'iniciativas en el grupo')}`,
	(n: number, count: string) =>
		`${count} ${plural(n, 'initiative in the group', 'initiatives in the group')}`
);
export const thisInitiative = msg('Esta iniciativa', 'This initiative');
export const tableLabel = msg(
	(name: string) => `Tabla: ${name}`,
	(name: string) => `Table: ${name}`
);
export const sameAsInitiativeAlone = msg(
	(group: 'sector' | 'departamento') =>
		`(igual a la iniciativa: es la única ${group === 'sector' ? 'del sector' : 'del departamento'})`,
	(group: 'sector' | 'departamento') =>
		`(same as the initiative: it is the only one in the ${group === 'sector' ? 'sector' : 'department'})`
);
export const sameAsInitiative = msg('(igual a la iniciativa)', '(same as the initiative)');
export const sameAsMedian = msg(
	(group: 'iniciativa' | 'sector' | 'departamento') =>
		`(igual a la mediana ${{ iniciativa: 'la iniciativa', sector: 'del sector', departamento: 'del departamento' }[group]})`,
	(group: 'iniciativa' | 'sector' | 'departamento') =>
		`(same as the ${{ iniciativa: 'initiative', sector: 'sector', departamento: 'department' }[group]}'s median)`
);

/** The dimension select's note. */
export const dimensionAll = msg(
	(shown: number, n: string, dimensions: string) =>
		`Se muestran los ${n} ${plural(shown, 'indicador', 'indicadores')} de las ${dimensions} dimensiones.`,
	(shown: number, n: string, dimensions: string) =>
		`Showing the ${n} ${plural(shown, 'indicator', 'indicators')} of the ${dimensions} dimensions.`
);
export const dimensionSome = msg(
	(shown: number, n: string, rest: string) =>
		`Se ${plural(shown, 'muestra', 'muestran')} ${n} ${plural(shown, 'indicador', 'indicadores')} de esta dimensión; los otros ${rest} están en las demás dimensiones del selector «Dimensión».`,
	(shown: number, n: string, rest: string) =>
		`Showing ${n} ${plural(shown, 'indicator', 'indicators')} of this dimension; the other ${rest} are in the other dimensions of the “Dimension” select.`
);

/** Series labels (built in the load, for the page's language). */
export const yesShare = msg('% con «Sí»', '% “Yes” in');
export const median = msg('Mediana', 'Median of');
export const sectorSeries = msg(
	(what: string, sector: string) => `${what} del sector ${sector}`,
	(what: string, sector: string) => `${what} the ${sector} sector`
);
export const departmentSeries = msg(
	(what: string, dept: string) => `${what} de ${dept}`,
	(what: string, dept: string) => `${what} ${dept}`
);

/** Exports. */
export const legendTitle = msg('Series', 'Series');
export const legendNote = msg(
	'La línea continua con círculos es la iniciativa; las de trazos (cuadrados: sector) y de puntos (rombos: departamento) son medianas de grupo; en los indicadores de sí o no, el porcentaje que respondió «Sí». Un hueco es una edición sin datos.',
	'The solid line with circles is the initiative; the dashed one (squares: sector) and the dotted one (diamonds: department) are group medians; for yes-or-no indicators, the percentage that answered “Yes”. A gap is an edition without data.'
);
/** The embeddable card. */
export const levelText = msg(
	(level: string, n: string, of: string) => `${level} (${n} de ${of})`,
	(level: string, n: string, of: string) => `${level} (${n} of ${of})`
);
export const notChartable = msg(
	(requested: string, shown: string) =>
		`«${requested}» no es un indicador que se pueda graficar; se muestra «${shown}».`,
	(requested: string, shown: string) =>
		`“${requested}” is not an indicator that can be charted; showing “${shown}”.`
);
export const seeProfile = msg(
	'Ver el perfil en Tablero Clúster',
	'See the profile on Tablero Clúster'
);
export const alsoShort = msg(
	(others: string) => ` (también ${others})`,
	(others: string) => ` (also ${others})`
);
export const byEdition = msg(
	(name: string) => `${name} por edición`,
	(name: string) => `${name} by edition`
);
export const againstGroups = msg(
	(name: string) => `${name} frente a su sector y su departamento`,
	(name: string) => `${name} against its sector and its department`
);
export const showTable = msg('Ver los datos como tabla', 'Show the data as a table');

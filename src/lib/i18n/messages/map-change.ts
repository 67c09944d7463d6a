import { msg, plural } from '../message';

/** The map's change mode (`?modo=cambio`): controls, title, legend, panel, summary, table. */

export const from = msg('Desde', 'From');
export const to = msg('Hasta', 'To');
export const level = msg('Nivel', 'Level');
export const change = msg('Cambio', 'Change');
export const absolute = msg('Absoluto', 'Absolute');
export const percent = msg('%', '%');
export const cohort = msg('Cohorte', 'Cohort');
export const sameInitiatives = msg('Mismas iniciativas', 'Same initiatives');
export const all = msg('Todas', 'All');
/** Said after «Todas» (phones leave it out). */
export const allMore = msg(' las que reportan', ' reporting');
export const allReporting = msg('Todas las que reportan', 'All reporting');
export const whyPanel = msg(
	'Cohorte constante: solo cuentan las iniciativas que reportaron en ambas ediciones, así el cambio no refleja iniciativas que entraron o salieron.',
	'Constant cohort: only the initiatives that reported in both editions count, so the change does not reflect initiatives that joined or left.'
);
export const whyAll = msg(
	'Todas las que reportan: cada edición con su agregado publicado, así que el cambio también refleja iniciativas que entraron o salieron.',
	'All reporting: each edition with its published aggregate, so the change also reflects initiatives that joined or left.'
);
export const levelShare = msg(
	'Cambio de la participación del nivel, en puntos porcentuales.',
	"Change in the level's share, in percentage points."
);

/** An edition the catalogue does not know. */
export const editionN = msg(
	(n: number) => `edición ${n}`,
	(n: number) => `edition ${n}`
);
/** A category level named in a sentence. */
export const quoted = msg(
	(level: string) => `«${level}»`,
	(level: string) => `“${level}”`
);
export const levelIn = msg(
	(level: string, indicator: string) => `«${level}» en ${indicator}`,
	(level: string, indicator: string) => `“${level}” in ${indicator}`
);
export const changeOf = msg(
	(what: string) => `Cambio de ${what}`,
	(what: string) => `Change in ${what}`
);
export const changeBetween = msg(
	(what: string, from: string, to: string) => `Cambio de ${what} entre ${from} y ${to}`,
	(what: string, from: string, to: string) => `Change in ${what} between ${from} and ${to}`
);
export const changeBetweenEditions = msg(
	(indicator: string) => `Cambio de ${indicator} entre ediciones`,
	(indicator: string) => `Change in ${indicator} between editions`
);
export const subtitlePanel = msg(
	'Solo las iniciativas que reportaron en ambas ediciones, por departamento principal.',
	'Only the initiatives that reported in both editions, by primary department.'
);
export const subtitleAll = msg(
	'Agregado publicado de cada edición: todas las iniciativas que reportan.',
	"Each edition's published aggregate: all the initiatives reporting."
);

// A department's words
export const noDataPanel = msg(
	(from: string, to: string) =>
		`Sin datos: ninguna iniciativa de este departamento reportó en ${from} y en ${to}.`,
	(from: string, to: string) =>
		`No data: no initiative of this department reported in both ${from} and ${to}.`
);
export const noDataAll = msg(
	(from: string, to: string) =>
		`Sin datos: ninguna iniciativa de este departamento en ${from} ni en ${to}.`,
	(from: string, to: string) => `No data: no initiative of this department in ${from} or in ${to}.`
);
export const fromTo = msg(
	(a: string, b: string) => `De ${a} a ${b}`,
	(a: string, b: string) => `From ${a} to ${b}`
);
export const eachSide = msg(
	(a: string, from: string, b: string, to: string) => `${a} en ${from}; ${b} en ${to}`,
	(a: string, from: string, b: string, to: string) => `${a} in ${from}; ${b} in ${to}`
);
export const reportedInBoth = msg(
	(n: number, shown: string) => `${shown} iniciativas reportaron en ambas ediciones`,
	(n: number, shown: string) =>
		`${shown} ${plural(n, 'initiative', 'initiatives')} reported in both editions`
);
export const reportingEach = msg(
	(a: string, from: string, b: string, to: string) =>
		`Iniciativas que reportan: ${a} en ${from}, ${b} en ${to}`,
	(a: string, from: string, b: string, to: string) =>
		`Initiatives reporting: ${a} in ${from}, ${b} in ${to}`
);

// Legend
export const noteNeutral = msg(
	'Azul verdoso: sube; marrón: baja. Casi blanco: sin cambio apreciable (cerca de 0).',
	'Blue-green: rises; brown: falls. Near white: no notable change (close to 0).'
);
export const noteRiseBetter = msg(
	'Azul verdoso: sube (mejora); marrón: baja (empeora). Casi blanco: sin cambio apreciable (cerca de 0).',
	'Blue-green: rises (improves); brown: falls (worsens). Near white: no notable change (close to 0).'
);
export const noteFallBetter = msg(
	'Azul verdoso: baja (mejora); marrón: sube (empeora). Casi blanco: sin cambio apreciable (cerca de 0).',
	'Blue-green: falls (improves); brown: rises (worsens). Near white: no notable change (close to 0).'
);

// Ranking
export const lowestChangeFirst = msg(
	'Del cambio más bajo al más alto (bajar es mejorar).',
	'From the lowest change to the highest (a fall is an improvement).'
);
export const highestChangeFirst = msg(
	'Del cambio más alto al más bajo.',
	'From the highest change to the lowest.'
);

// Panel
export const closePanelOf = msg(
	(name: string) => `Cerrar el panel de ${name}`,
	(name: string) => `Close the ${name} panel`
);
export const byLevel = msg(
	(indicator: string) => `Iniciativas por nivel de ${indicator}`,
	(indicator: string) => `Initiatives by level of ${indicator}`
);

// Summary
export const nationalChange = msg('Cambio nacional', 'National change');
export const fromInToIn = msg(
	(a: string, from: string, b: string, to: string) => `De ${a} en ${from} a ${b} en ${to}`,
	(a: string, from: string, b: string, to: string) => `From ${a} in ${from} to ${b} in ${to}`
);
export const reportIn = msg(
	(a: string, from: string, b: string, to: string) =>
		`${a} iniciativas reportan en ${from} y ${b} en ${to}`,
	(a: string, from: string, b: string, to: string) =>
		`${a} initiatives reporting in ${from} and ${b} in ${to}`
);
export const departmentsWithChange = msg(
	(n: string) => `· ${n} departamentos con cambio`,
	(n: string) => `· ${n} departments with a change`
);

// Table
export const initiativesInBoth = msg('Iniciativas en ambas', 'Initiatives in both');

/** Word in downloaded file names. */
export const fileChangeMap = msg('mapa-cambio', 'change-map');

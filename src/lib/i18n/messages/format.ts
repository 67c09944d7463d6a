import { msg, plural, type Message } from '../message';

/** Words of the formatters (`src/lib/format`): missing values, units, periods, dates, ranges. */
export const noData = msg('sin datos', 'no data');

/** Month names, January first (Spanish in lower case, as a date writes them). */
export const months = msg(
	'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
	'January February March April May June July August September October November December'
);
/** A long date: "30 de noviembre de 2024" / "November 30, 2024". */
export const longDate = msg(
	(day: number, month: string, year: number) => `${day} de ${month} de ${year}`,
	(day: number, month: string, year: number) => `${month} ${day}, ${year}`
);
/** "noviembre de 2024" / "November 2024". */
export const monthOfYear = msg(
	(month: string, year: string) => `${month} de ${year}`,
	(month: string, year: string) => `${month} ${year}`
);
const ORDINAL_ES = ['1.er', '2.º', '3.er', '4.º'];
const ORDINAL_EN = ['1st', '2nd', '3rd', '4th'];
/** "3.er trimestre de 2024" / "Q3 2024"… in words: "3rd quarter of 2024". */
export const quarterOf = msg(
	(n: number, year: string) => `${ORDINAL_ES[n - 1]} trimestre de ${year}`,
	(n: number, year: string) => `${ORDINAL_EN[n - 1]} quarter of ${year}`
);
export const halfOf = msg(
	(n: number, year: string) => `${ORDINAL_ES[n - 1]} semestre de ${year}`,
	(n: number, year: string) => `${ORDINAL_EN[n - 1]} half of ${year}`
);

/** Axis scales: one and many. */
export const axisBillions = msg(
	(n: number) => plural(n, 'mil millones', 'mil millones'),
	(n: number) => plural(n, 'billion', 'billion')
);
export const axisMillions = msg(
	(n: number) => plural(n, 'millón', 'millones'),
	(n: number) => plural(n, 'million', 'million')
);
export const axisThousands = msg(
	(n: number) => plural(n, 'mil', 'mil'),
	(n: number) => plural(n, 'thousand', 'thousand')
);

/** Units. */
export const indexUnit = msg('índice 0–100', 'index 0–100');
export const indexPoints = msg('puntos del índice', 'index points');
export const percentPoints = msg('p. p.', 'pp');
export const countNumber = msg('número', 'number');
/** What each count of the dictionary counts, in the plural (other Spanish counts read it from the name). */
export const counted: Record<string, Message> = {
	equipo_gestion: msg('personas', 'people'),
	proyectos_ejecutados: msg('proyectos', 'projects'),
	empresas_vinculadas: msg('empresas', 'companies'),
	empleos: msg('empleos', 'jobs'),
	aliados: msg('aliados', 'partners')
};
export const currencyWord = msg(
	(code: string) => ({ COP: 'pesos', USD: 'dólares' })[code] ?? '',
	(code: string) => ({ COP: 'pesos', USD: 'dollars' })[code] ?? ''
);
/** The dictionary's money scales in English. */
const SCALE_EN: Record<string, string> = {
	miles: 'thousand',
	millones: 'million',
	'miles de millones': 'billion'
};
/** "millones de pesos" / "million pesos" ("miles", "millones", "miles de millones"). */
export const moneyUnit = msg(
	(scale: string, currency: string) => `${scale} de ${currency}`,
	(scale: string, currency: string) => `${SCALE_EN[scale] ?? scale} ${currency}`
);
/** A money unit of the dictionary as a reader's unit: "millones COP" / "million COP". */
export const moneyCode = msg(
	(scale: string, code: string) => `${scale} ${code}`,
	(scale: string, code: string) => `${SCALE_EN[scale] ?? scale} ${code}`
);

/** Dictionary words. */
export const typeNumber = msg('número', 'number');
export const typeBoolean = msg('sí / no', 'yes / no');
export const typeCategory = msg('categoría ordenada', 'ordered category');
export const noLimit = msg('sin límite', 'no limit');
export const higherIsBetter = msg('mayor es mejor', 'higher is better');
export const lowerIsBetter = msg('menor es mejor', 'lower is better');

/** Dimensions of the dictionary. */
export const dimensions = {
	madurez: msg('Madurez', 'Maturity'),
	gestion: msg('Gestión de la iniciativa', 'Management of the initiative'),
	proyectos: msg('Proyectos', 'Projects'),
	empresas: msg('Empresas', 'Companies'),
	entorno: msg('Entorno', 'Environment'),
	cluster_regional: msg('Clúster regional', 'Regional cluster')
} as const;

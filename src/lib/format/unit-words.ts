import type { Indicador } from '$lib/data/types';

/** What a count counts, where the indicator's name does not start with it as a plural noun. */
const COUNTED: Record<string, string> = { equipo_gestion: 'personas' };

/** Currency codes of the dictionary's money units, in words. */
const CURRENCY: Record<string, string> = { COP: 'pesos', USD: 'dólares' };

/**
 * The unit of a count: what it counts, in the plural ("Empresas vinculadas" → "empresas",
 * "Empleos de las empresas vinculadas" → "empleos", "Equipo de gestión" → "personas").
 */
function countUnit(ind: Pick<Indicador, 'codigo' | 'nombre'>): string {
	const known = COUNTED[ind.codigo];
	if (known) return known;
	const first = ind.nombre.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
	return /s$/.test(first) ? first : 'número';
}

/**
 * A number's unit read as a unit on an axis: "empresas", "personas", "millones de pesos",
 * "índice 0–100", "%" (the numeric indicator type's `axisUnit`).
 */
export function numberAxisUnit(ind: Pick<Indicador, 'codigo' | 'nombre' | 'unidad'>): string {
	if (ind.unidad === 'indice') return 'índice 0–100';
	if (ind.unidad === 'conteo') return countUnit(ind);
	const money = /^(miles|millones|miles de millones) ([A-Z]{3})$/.exec(ind.unidad.trim());
	if (money && CURRENCY[money[2]!]) return `${money[1]} de ${CURRENCY[money[2]!]}`;
	return ind.unidad;
}

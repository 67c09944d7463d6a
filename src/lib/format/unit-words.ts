import type { Indicador } from '$lib/data/types';
import { getLocale } from '../i18n/locale';
import * as t from '../i18n/messages/format';

/** A money unit of the dictionary: its scale word and currency code. */
const MONEY = /^(miles|millones|miles de millones) ([A-Z]{3})$/;

/**
 * The unit of a count: what it counts, in the plural ("Empresas vinculadas" → "empresas",
 * "Empleos de las empresas vinculadas" → "empleos", "Equipo de gestión" → "personas").
 */
function countUnit(ind: Pick<Indicador, 'codigo' | 'nombre'>): string {
	const known = Object.hasOwn(t.counted, ind.codigo) ? t.counted[ind.codigo] : undefined;
	// Spanish reads what is counted from the name, where it can; English names do not start with
	// it ("Linked companies"), so English takes the word of the code.
	if (getLocale() === 'en') return known?.() ?? t.countNumber();
	if (ind.codigo === 'equipo_gestion' && known) return known();
	const first = ind.nombre.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
	return /s$/.test(first) ? first : t.countNumber();
}

/**
 * A number's unit read as a unit on an axis: "empresas", "personas", "millones de pesos",
 * "índice 0–100", "%" (the numeric indicator type's `axisUnit`).
 */
export function numberAxisUnit(ind: Pick<Indicador, 'codigo' | 'nombre' | 'unidad'>): string {
	if (ind.unidad === 'indice') return t.indexUnit();
	if (ind.unidad === 'conteo') return countUnit(ind);
	const money = MONEY.exec(ind.unidad.trim());
	const currency = money ? t.currencyWord(money[2]!) : '';
	if (money && currency) return t.moneyUnit(money[1]!, currency);
	return ind.unidad;
}

/**
 * A number's unit as written beside a value: the dictionary's unit, its scale word in the page's
 * language ("millones COP", en: "million COP").
 */
export function numberUnitLabel(ind: Pick<Indicador, 'unidad'>): string {
	if (ind.unidad === 'indice') return t.indexUnit();
	if (ind.unidad === 'conteo') return '';
	const money = MONEY.exec(ind.unidad.trim());
	return money ? t.moneyCode(money[1]!, money[2]!) : ind.unidad;
}

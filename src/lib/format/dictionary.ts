import type { Indicador } from '../data/types';
import { dimensionName } from './dimension';
import { aggregationLabel } from './indicator';
import { formatNumber } from './number';
import * as t from '../i18n/messages/format';

const TYPES: Record<string, () => string> = {
	numero: t.typeNumber,
	booleano: t.typeBoolean,
	categoria: t.typeCategory
};

/** The dictionary's dimension code as a heading ("gestion" → "Gestión de la iniciativa"). */
export function dimensionLabel(code: string): string {
	return dimensionName(code);
}

/** The dictionary's type code in words. */
export function typeLabel(ind: Indicador): string {
	return TYPES[ind.tipo]?.() ?? ind.tipo;
}

/** The valid range as text: "0 – 100", "≥ 0", "≤ 60" or "sin límite" (en: "no limit"). */
export function rangeText(ind: Indicador): string {
	const { minimo: lo, maximo: hi } = ind;
	if (lo !== null && hi !== null) return `${formatNumber(lo, 2)} – ${formatNumber(hi, 2)}`;
	if (lo !== null) return `≥ ${formatNumber(lo, 2)}`;
	if (hi !== null) return `≤ ${formatNumber(hi, 2)}`;
	return t.noLimit();
}

/** Which way is better, for the dictionary's "dirección" column. */
export function directionLabel(ind: Indicador): string {
	return ind.mayor_es_mejor ? t.higherIsBetter() : t.lowerIsBetter();
}

/** How the map aggregates the indicator per department, with the dictionary's code. */
export function aggregationText(ind: Indicador): string {
	const label = aggregationLabel(ind);
	return label === ind.agregacion ? label : `${label} (${ind.agregacion})`;
}

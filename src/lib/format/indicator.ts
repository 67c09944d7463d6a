import type { Indicador } from '../data/types';
import { indicatorType } from '../indicators/registry';
import { getLocale, LANG_TAG } from '../i18n/locale';
import * as t from '../i18n/messages/format';

export { levelName } from '../indicators/levels';

/** Text for an indicator value in its unit; `null` (not reported) becomes "sin datos" (en: "no data"). */
export function formatValue(ind: Indicador, value: number | null | undefined, compact = false) {
	if (value === null || value === undefined || Number.isNaN(value)) return t.noData();
	return indicatorType(ind.tipo).format(ind, value, compact);
}

/** Unit label as a reader expects it beside a number. */
export function unitLabel(ind: Indicador): string {
	return indicatorType(ind.tipo).unitLabel(ind);
}

/** How the value was aggregated, for captions ("suma", "mediana", ...). */
export function aggregationLabel(ind: Indicador): string {
	return indicatorType(ind.tipo).aggregationLabel(ind);
}

/** A date "2024-11-30" → "30 de noviembre de 2024" (en: "November 30, 2024"). */
export function formatDate(iso: string): string {
	const d = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
	if (Number.isNaN(d.getTime())) return iso;
	return new Intl.DateTimeFormat(LANG_TAG[getLocale()], {
		dateStyle: 'long',
		timeZone: 'America/Bogota'
	}).format(d);
}

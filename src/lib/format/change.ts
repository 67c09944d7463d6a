import { indicatorType } from '../indicators/registry';
import type { Indicador } from '$lib/data/types';
import { formatValue, unitLabel } from './indicator';
import { formatPercent, nf, withPercent as withPercentSign } from './number';
import * as t from '../i18n/messages/format';
import type { Medida } from '$lib/data/url-state';

/** Whether an absolute change of this indicator is in percentage points (its values are %). */
function inPoints(ind: Indicador): boolean {
	const type = indicatorType(ind.tipo);
	return type.levels || type.axisIsPercent(ind);
}

/** The unit of a change: «%» (relative), «p. p.» (points of a %) or the indicator's own. */
export function changeUnit(ind: Indicador, medida: Medida): string {
	if (medida === 'pct' && !indicatorType(ind.tipo).levels) return '%';
	if (inPoints(ind)) return t.percentPoints();
	if (ind.unidad === 'indice') return t.indexPoints();
	return ind.unidad === 'conteo' ? '' : unitLabel(ind);
}

function digits(ind: Indicador, medida: Medida, v: number): number {
	if (medida === 'pct' || inPoints(ind) || ind.unidad === 'indice') return 1;
	if (ind.unidad === 'conteo') return ind.agregacion === 'suma' ? 0 : 1;
	return Math.abs(v) < 100 ? 1 : 0;
}

/**
 * A change as text, signed («+12,5 p. p.», «−3 %», «0»), with a true minus sign; null (a side
 * missing, or a zero baseline for %) is «sin datos». `sign: false` drops the «+» and `exact`
 * keeps two decimals (legend edges such as 2,5 must read as they are).
 */
export function formatChange(
	ind: Indicador,
	v: number | null | undefined,
	medida: Medida,
	{
		sign = true,
		unit = true,
		exact = false
	}: { sign?: boolean; unit?: boolean; exact?: boolean } = {}
): string {
	if (v === null || v === undefined || Number.isNaN(v)) return t.noData();
	const text = nf({
		maximumFractionDigits: exact ? 2 : digits(ind, medida, v),
		signDisplay: sign ? 'exceptZero' : 'auto'
	})
		.format(v)
		.replace('-', '−');
	const u = changeUnit(ind, medida);
	if (!unit || !u) return text;
	// English writes a percent sign against the number ("+3%"), Spanish after a space ("+3 %").
	return u === '%' ? withPercentSign(text) : `${text} ${u}`;
}

/** One edition's side of a change: the value in its unit; for a category, the level's share. */
export function formatChangeSide(ind: Indicador, v: number | null | undefined): string {
	if (!indicatorType(ind.tipo).levels) return formatValue(ind, v);
	return v === null || v === undefined || Number.isNaN(v) ? t.noData() : formatPercent(v);
}

import type { Indicador } from '$lib/data/types';
import { indicatorType } from '$lib/indicators/registry';
import { formatNumber, withPercent } from './number';
import * as t from '../i18n/messages/format';

/** Scales an axis may use, largest first: one per axis, chosen from its largest tick. */
const SCALES = [
	{ from: 1e9, divisor: 1e9, word: t.axisBillions },
	{ from: 1e6, divisor: 1e6, word: t.axisMillions },
	{ from: 1e4, divisor: 1e3, word: t.axisThousands }
] as const;

/** Decimals needed to tell apart ticks `step` apart (0–2). */
function decimalsFor(step: number): number {
	if (!(step > 0) || !Number.isFinite(step)) return 0;
	for (let d = 0; d < 2; d++) {
		const scaled = step * 10 ** d;
		if (Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, scaled)) return d;
	}
	return 2;
}

/**
 * The one tick formatter for a numeric axis, in the page's language. All ticks share one scale
 * ("5 mil", "1,5 millones"; en: "5 thousand", "1.5 million"), picked from the largest tick, and the decimals their spacing needs, so an axis
 * never mixes "20 k" with "5.000". A unit of "%" is written on each tick; any other unit is the
 * axis label (`axisUnit`).
 */
export function formatAxis(ticks: readonly number[], unit = ''): (v: number) => string {
	const finite = ticks.filter(Number.isFinite);
	const max = Math.max(0, ...finite.map(Math.abs));
	const scale = SCALES.find((s) => max >= s.from);
	const divisor = scale?.divisor ?? 1;
	const sorted = [...finite].sort((a, b) => a - b);
	let step = Infinity;
	sorted.forEach((v, i) => {
		const d = i > 0 ? v - (sorted[i - 1] ?? v) : 0;
		if (d > 0) step = Math.min(step, d);
	});
	const digits = decimalsFor(step === Infinity ? max / divisor : step / divisor);
	const percent = unit === '%';
	return (v) => {
		if (v === 0) return percent ? withPercent('0') : '0';
		const text = formatNumber(v / divisor, digits);
		if (percent) return withPercent(text);
		if (!scale) return text;
		return `${text} ${scale.word(Math.abs(v) / divisor)}`;
	};
}

/**
 * The unit written on an indicator's value axis, read as a unit: "empresas", "personas",
 * "millones de pesos", "índice 0–100", "%". Every axis gets it from here.
 */
export function axisUnit(ind: Indicador): string {
	return indicatorType(ind.tipo).axisUnit(ind);
}

/** Whether an indicator's axis reads in percent (ticks carry "%"). */
export function axisIsPercent(ind: Indicador): boolean {
	return indicatorType(ind.tipo).axisIsPercent(ind);
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/locale';
import { indicator, madurez } from '../test-fixtures';
import { axisUnit, formatAxis } from './axis';
import { changeUnit, formatChange, formatChangeSide } from './change';
import { compareText } from './collate';
import { formatComparisonValue } from './comparison';
import { formatLongDate, formatPeriod } from './date';
import {
	aggregationText,
	dimensionLabel,
	directionLabel,
	rangeText,
	typeLabel
} from './dictionary';
import { dimensionName } from './dimension';
import { aggregationLabel, formatDate, formatValue, levelName, unitLabel } from './indicator';
import { formatCompact, formatInteger, formatNumber, formatPercent } from './number';
import { formatBytes } from './size';

const en = indicator({ nombre: 'Linked companies' });
const madurezEn = {
	...madurez,
	etiquetasNiveles: ['Exploration', 'Intermediate', 'Consolidation']
};
const bool = indicator({ codigo: 'plan', tipo: 'booleano', unidad: '%', agregacion: 'promedio' });

beforeEach(() => setLocale('en'));
afterEach(() => setLocale('es'));

describe('en-US number formats', () => {
	it('formatNumber(v, d) uses a comma for thousands and a dot for decimals, as Intl en-US', () => {
		expect(formatNumber(1234567.89, 1)).toBe('1,234,567.9');
		expect(formatNumber(1234.5)).toBe('1,234.5');
		expect(formatInteger(174937)).toBe('174,937');
		expect(formatNumber(-0.5, 0)).toBe(
			new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(-0.5)
		);
		const intl = (v: number, d: number) =>
			new Intl.NumberFormat('en-US', { maximumFractionDigits: d }).format(v);
		for (const v of [0, 1.5, 2.5, 999.95, 12345.678, 123456789.123, 1e21, NaN])
			for (const d of [0, 1, 2]) expect(formatNumber(v, d)).toBe(intl(v, d));
	});
	it('formatPercent(v) writes the sign against the number', () => {
		expect(formatPercent(45.25)).toBe('45.3%');
	});
	it('formatCompact(v) writes 2.7M', () => {
		expect(formatCompact(2_700_000)).toBe('2.7M');
		expect(formatCompact(8.25)).toBe('8.3');
	});
	it('formatBytes(n) keeps the units and changes the decimals', () => {
		expect(formatBytes(9986)).toBe('9.8 KiB');
		expect(formatBytes(512)).toBe('512 B');
		expect(formatBytes(3762543)).toBe('3.6 MiB');
	});
	it('switching back to Spanish gives es-CO again', () => {
		setLocale('es');
		expect(formatNumber(1234.5)).toBe('1.234,5');
		expect(formatPercent(45.25)).toBe('45,3 %');
		expect(formatBytes(9986)).toBe('9,8 KiB');
	});
});

describe('en-US dates and periods', () => {
	it('formatLongDate(iso) reads "November 24, 2026", as Intl en-US does', () => {
		expect(formatLongDate('2026-11-24')).toBe('November 24, 2026');
		for (const iso of ['2024-11-29T04:59:59.000Z', '2026-01-01T03:00:00Z', '2024-12-31T23:59:59Z'])
			expect(formatLongDate(iso)).toBe(formatDate(iso));
		expect(formatDate('2024-11-30')).toBe('November 30, 2024');
	});
	it('formatPeriod(p) writes quarters, halves and months in English', () => {
		expect(formatPeriod('2024-T3')).toBe('3rd quarter of 2024');
		expect(formatPeriod('2024-T1')).toBe('1st quarter of 2024');
		expect(formatPeriod('2024-S2')).toBe('2nd half of 2024');
		expect(formatPeriod('2024-11')).toBe('November 2024');
		expect(formatPeriod('2024')).toBe('2024');
		expect(formatPeriod('2024-S3')).toBe('2024-S3');
	});
});

describe('en-US axes', () => {
	const all = (ticks: number[], unit?: string) => ticks.map(formatAxis(ticks, unit));
	it('formatAxis(ticks) uses one scale in words and English separators', () => {
		expect(all([0, 2000, 4000])).toEqual(['0', '2,000', '4,000']);
		expect(all([0, 2500, 5000, 7500, 10000])).toEqual([
			'0',
			'2.5 thousand',
			'5 thousand',
			'7.5 thousand',
			'10 thousand'
		]);
		expect(all([0, 500_000, 1_000_000])).toEqual(['0', '0.5 million', '1 million']);
		expect(all([0, 2e9])).toEqual(['0', '2 billion']);
		expect(all([0, 50, 100], '%')).toEqual(['0%', '50%', '100%']);
	});
	it('axisUnit(ind) names what the axis counts in English', () => {
		expect(axisUnit(en)).toBe('companies');
		expect(axisUnit(indicator({ codigo: 'equipo_gestion', nombre: 'Management team' }))).toBe(
			'people'
		);
		expect(axisUnit(indicator({ codigo: 'otro', nombre: 'Coverage' }))).toBe('number');
		expect(axisUnit(indicator({ unidad: 'millones COP' }))).toBe('million pesos');
		expect(axisUnit(indicator({ unidad: 'millones USD' }))).toBe('million dollars');
		expect(axisUnit(indicator({ unidad: 'indice' }))).toBe('index 0–100');
		expect(axisUnit(bool)).toBe('% of initiatives answering “Yes”');
		expect(axisUnit(madurez)).toBe('% of initiatives');
	});
});

describe('en-US values, levels and comparisons', () => {
	it('formatValue(ind, v) says "no data" and uses English numbers', () => {
		expect(formatValue(en, null)).toBe('no data');
		expect(formatValue(en, 12345)).toBe('12,345');
		expect(formatValue(bool, 62.5)).toBe('62.5%');
	});
	it('levelName(ind, pos) gives the level label in the page language', () => {
		expect(levelName(madurezEn, 2)).toBe('Intermediate');
		expect(formatValue(madurezEn, 3)).toBe('Consolidation');
		expect(levelName({ niveles: [] }, 4)).toBe('level 4');
	});
	it('formatComparisonValue reads Yes/No and level labels', () => {
		expect(formatComparisonValue(bool, 100, true)).toBe('Yes');
		expect(formatComparisonValue(bool, 0, true)).toBe('No');
		expect(formatComparisonValue(bool, 62.5, false)).toBe('62.5%');
		expect(formatComparisonValue(madurezEn, 1, false)).toBe('Exploration');
		expect(formatComparisonValue(en, undefined, false)).toBe('no data');
	});
	it('unitLabel and aggregationLabel in English', () => {
		expect(unitLabel(indicator({ unidad: 'millones COP' }))).toBe('million COP');
		expect(unitLabel(indicator({ unidad: 'indice' }))).toBe('index 0–100');
		expect(unitLabel(madurez)).toBe('level');
		expect(aggregationLabel(indicator({ agregacion: 'mediana' }))).toBe('median');
		expect(aggregationLabel(madurez)).toBe('most frequent level');
	});
});

describe('en-US changes', () => {
	it('formatChange(ind, v, medida) signs, separates and names the unit in English', () => {
		expect(formatChange(bool, 12.5, 'abs')).toBe('+12.5 pp');
		expect(formatChange(en, -3, 'pct')).toBe('−3%');
		expect(formatChange(en, 1234, 'abs')).toBe('+1,234');
		expect(formatChange(indicator({ unidad: 'indice' }), 2.25, 'abs')).toBe('+2.3 index points');
		expect(formatChange(indicator({ unidad: 'millones COP' }), 150, 'abs')).toBe(
			'+150 million COP'
		);
		expect(formatChange(en, null, 'abs')).toBe('no data');
		expect(changeUnit(madurez, 'pct')).toBe('pp');
	});
	it('formatChangeSide(ind, v) gives a level share in English', () => {
		expect(formatChangeSide(madurez, 40)).toBe('40%');
		expect(formatChangeSide(madurez, null)).toBe('no data');
	});
});

describe('en-US dictionary words', () => {
	it('labels ranges, types, directions, aggregations and dimensions', () => {
		expect(rangeText(indicator({ minimo: null, maximo: 1500 }))).toBe('≤ 1,500');
		expect(rangeText(indicator({ minimo: 0.5, maximo: null }))).toBe('≥ 0.5');
		expect(rangeText(madurez)).toBe('no limit');
		expect(typeLabel(madurez)).toBe('ordered category');
		expect(typeLabel(bool)).toBe('yes / no');
		expect(directionLabel(indicator({ mayor_es_mejor: false }))).toBe('lower is better');
		expect(directionLabel(en)).toBe('higher is better');
		expect(aggregationText(bool)).toBe('percentage of initiatives (promedio)');
		expect(aggregationText(indicator({ agregacion: 'suma' }))).toBe('sum (suma)');
		expect(dimensionLabel('gestion')).toBe('Management of the initiative');
		expect(dimensionName('cluster_regional')).toBe('Regional cluster');
		expect(dimensionName('otra')).toBe('otra');
		expect(dimensionName('toString')).toBe('toString');
	});
	it('compareText(a, b) sorts by the page language', () => {
		expect(['b', 'Á', 'a'].sort(compareText)).toEqual(['a', 'Á', 'b']);
		expect(['item 10', 'item 9'].sort(compareText)).toEqual(['item 9', 'item 10']);
	});
});

import { levelName } from './levels';
import * as t from '../i18n/messages/indicators';
import type { IndicatorType } from './type';

/**
 * Ordered categories (maturity levels): a value is the level's 1-based position. Groups are
 * described by their distribution over levels (`distribucion_departamento`) and by the most
 * frequent level (ties → the lower one), computed from those counts in the build.
 */
export const categoria: IndicatorType = {
	levels: true,
	quantity: false,
	aggregations: ['distribucion'],
	chart: 'barras',
	measure: 'nivel_mediano',
	read(r, ind, level) {
		const text = r.text(ind.codigo);
		if (text === null) return null;
		const pos = level(text);
		if (pos === undefined)
			r.fail(ind.codigo, `nivel desconocido; niveles: ${ind.niveles.join(' | ')}`, 'nivel');
		return pos ?? null;
	},
	pointSql: () => null,
	point: () => null,
	bounded: () => false,
	range: (ind) => [1, ind.niveles.length],
	yFloor: () => ({ min: 0, max: 100 }),
	format: (ind, value) => levelName(ind, value),
	formatComparison: (ind, value) => levelName(ind, value),
	unitLabel: () => t.levelUnit(),
	axisUnit: () => t.shareOfInitiatives(),
	axisIsPercent: () => true,
	aggregationLabel: () => t.aggMostFrequentLevel()
};

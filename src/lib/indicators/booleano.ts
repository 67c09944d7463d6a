import { formatPercent } from '../format/number';
import { aggregation } from './aggregations';
import * as t from '../i18n/messages/indicators';
import type { IndicatorType } from './type';

/**
 * Yes/no answers, stored 1/0. Their mean ×100 is the % of «Sí» (the map, the series); their sum
 * counts the «Sí».
 */
export const booleano: IndicatorType = {
	levels: false,
	quantity: false,
	aggregations: ['promedio', 'suma'],
	chart: 'lineas',
	measure: 'porcentaje_si',
	read(r, ind) {
		const b = r.boolean(ind.codigo);
		return b === null ? null : b ? 1 : 0;
	},
	pointSql: (agregacion, valor) =>
		agregacion === 'promedio' ? `avg(${valor}) * 100` : aggregation(agregacion).sql(valor),
	point(agregacion, values) {
		const v = aggregation(agregacion).js(values);
		return agregacion === 'promedio' && v !== null ? v * 100 : v;
	},
	bounded: () => true,
	range: () => [0, 100],
	yFloor: () => ({ min: 0, max: 100 }),
	format: (_ind, value) => formatPercent(value),
	// The initiative's own answer (held as 100/0) reads «Sí»/«No»; a group's, the % of «Sí».
	formatComparison: (_ind, value, own) =>
		own ? (value >= 50 ? t.yes() : t.no()) : formatPercent(value),
	unitLabel: () => t.shareOfYes(),
	axisUnit: () => t.shareOfYes(),
	axisIsPercent: () => true,
	aggregationLabel: () => t.aggShareOfInitiatives()
};

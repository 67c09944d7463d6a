import { numberAxisUnit, numberUnitLabel } from '../format/unit-words';
import * as t from '../i18n/messages/indicators';
import { formatCompact, formatInteger, formatNumber, formatPercent } from '../format/number';
import { aggregation } from './aggregations';
import type { IndicatorType } from './type';

/** Numbers: counts, money, percentages and indices, aggregated by the dictionary's rule. */
export const numero: IndicatorType = {
	levels: false,
	quantity: true,
	aggregations: ['suma', 'promedio', 'mediana'],
	chart: 'lineas',
	measure: 'mediana',
	read: (r, ind) => r.number(ind.codigo, { min: ind.minimo, max: ind.maximo }),
	pointSql: (agregacion, valor) => aggregation(agregacion).sql(valor),
	point: (agregacion, values) => aggregation(agregacion).js(values),
	bounded: (ind) =>
		(ind.unidad === '%' || ind.unidad === 'indice') && ind.minimo !== null && ind.maximo !== null,
	range: (ind) => [ind.minimo ?? 0, ind.maximo ?? 100],
	yFloor: (ind) => ({ min: ind.minimo, max: ind.maximo }),
	format(ind, value, compact) {
		if (ind.unidad === '%') return formatPercent(value);
		if (compact) return formatCompact(value);
		switch (ind.unidad) {
			case 'conteo':
				return ind.agregacion === 'suma' ? formatInteger(value) : formatNumber(value, 1);
			case 'indice':
				return formatNumber(value, 1);
			default:
				return formatNumber(value, value < 100 ? 1 : 0);
		}
	},
	// Medians of counts keep their half (12,5).
	formatComparison: (ind, value) =>
		ind.unidad === 'conteo' ? formatNumber(value, 1) : numero.format(ind, value, false),
	unitLabel: (ind) => numberUnitLabel(ind),
	axisUnit: (ind) => numberAxisUnit(ind),
	axisIsPercent: (ind) => ind.unidad === '%',
	aggregationLabel: (ind) =>
		({
			suma: t.aggSum,
			promedio: t.aggMean,
			mediana: t.aggMedian,
			distribucion: t.aggDistribution
		})[ind.agregacion]()
};

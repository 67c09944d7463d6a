import { msg } from '../message';

/** Words of the indicator types (`src/lib/indicators`): answers, units on axes, levels, aggregations. */
export const shareOfYes = msg('% de iniciativas con «Sí»', '% of initiatives answering “Yes”');
export const shareOfInitiatives = msg('% de iniciativas', '% of initiatives');
export const yes = msg('Sí', 'Yes');
export const no = msg('No', 'No');
export const levelUnit = msg('nivel', 'level');
export const levelNumber = msg(
	(n: string) => `nivel ${n}`,
	(n: string) => `level ${n}`
);
export const aggSum = msg('suma', 'sum');
export const aggMean = msg('promedio', 'mean');
export const aggMedian = msg('mediana', 'median');
export const aggDistribution = msg('distribución', 'distribution');
export const aggShareOfInitiatives = msg('porcentaje de iniciativas', 'percentage of initiatives');
export const aggMostFrequentLevel = msg('nivel más frecuente', 'most frequent level');

import { msg } from '../message';

/** The shared chart layers (`$lib/charts`). */
export const legend = msg('Leyenda', 'Legend');
/** The default unit of a stacked-shares chart's y axis ("%" first: each tick then reads "%"). */
export const percentOfInitiatives = msg('% de iniciativas', '% of initiatives');

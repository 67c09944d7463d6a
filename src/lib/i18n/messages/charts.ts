import { msg } from '../message';

/** The shared chart layers (`$lib/charts`). */
export const legend = msg('Leyenda', 'Legend');

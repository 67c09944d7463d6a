import type { TableOutput } from './types.ts';

/**
 * The indicator dictionary in its file order (`orden`); `niveles` as `a|b|c`. The English labels
 * (`nombre_en`, `descripcion_en`, `niveles_en` in the order of `niveles`) are null when the
 * dictionary has none.
 */
export const indicadores: TableOutput = {
	tabla: 'indicadores',
	sql: `SELECT codigo, nombre, dimension, unidad, tipo, niveles, agregacion, minimo, maximo,
	             mayor_es_mejor, descripcion, nombre_en, descripcion_en, niveles_en, orden
	      FROM in_indicadores ORDER BY orden`
};

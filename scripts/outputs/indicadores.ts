import type { TableOutput } from './types.ts';

/** The indicator dictionary in its file order (`orden`); `niveles` as `a|b|c`. */
export const indicadores: TableOutput = {
	tabla: 'indicadores',
	sql: `SELECT codigo, nombre, dimension, unidad, tipo, niveles, agregacion, minimo, maximo,
	             mayor_es_mejor, descripcion, orden
	      FROM in_indicadores ORDER BY orden`
};

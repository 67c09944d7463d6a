import type { TableOutput } from './types.ts';

/** The 33 departments (DANE DIVIPOLA) with ISO code, capital and a label point. */
export const departamentos: TableOutput = {
	tabla: 'departamentos',
	sql: `SELECT divipola, nombre, nombre_corto, iso_3166_2, capital, lat, lon
	      FROM in_departamentos ORDER BY divipola`
};

import type { TableOutput } from './types.ts';

/** Long results: only values present; categories as level position, booleans as 1/0. */
export const resultados: TableOutput = {
	tabla: 'resultados',
	sql: `SELECT edicion, iniciativa_id, indicador, valor FROM in_resultados
	      ORDER BY indicador, edicion, iniciativa_id`
};

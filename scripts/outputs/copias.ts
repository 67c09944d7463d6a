import type { TableOutput } from './types.ts';

/** A reference table published as it is, in file order. */
function copy(tabla: string): TableOutput {
	return {
		tabla,
		sql: `SELECT * EXCLUDE (_fila) FROM in_${tabla} ORDER BY _fila`
	};
}

/** Red Clúster milestones (reference/hitos-red-cluster.csv). */
export const hitos = copy('hitos');
/** 2024 economic context figures (reference/coyuntura-2024.csv). */
export const coyuntura = copy('coyuntura');

import type { TableOutput } from './types.ts';

/** Every department an initiative spans; `principal` marks the one the map counts it in. */
export const iniciativaDepartamentos: TableOutput = {
	tabla: 'iniciativa_departamentos',
	sql: `SELECT iniciativa_id, divipola, principal FROM in_iniciativa_departamentos
	      ORDER BY iniciativa_id, principal DESC, divipola`
};

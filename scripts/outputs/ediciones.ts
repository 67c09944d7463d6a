import type { TableOutput } from './types.ts';

/** SSME editions. `fecha_corte` stays text `AAAA-MM-DD`: no time zone can shift it. */
export const ediciones: TableOutput = {
	tabla: 'ediciones',
	sql: 'SELECT edicion, anio_campo, etiqueta, fecha_corte FROM in_ediciones ORDER BY edicion'
};

import type { TableOutput } from './types.ts';

/** The initiative catalog with resolved department and sector. */
export const iniciativas: TableOutput = {
	tabla: 'iniciativas',
	sql: `SELECT iniciativa_id, nombre, divipola, departamento, municipio, sector_id, sector,
	             sector_detalle, entidad_lider, anio_inicio, anio_ingreso_red, reconocimiento_2024,
	             fuente, notas
	      FROM in_iniciativas ORDER BY iniciativa_id`
};

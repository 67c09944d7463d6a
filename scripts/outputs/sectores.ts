import type { TableOutput } from './types.ts';

/** Sectors: stable id, display name and its English (null when the reference has none). */
export const sectores: TableOutput = {
	tabla: 'sectores',
	sql: 'SELECT sector_id, nombre, nombre_en FROM in_sectores ORDER BY sector_id'
};

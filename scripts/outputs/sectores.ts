import type { TableOutput } from './types.ts';

/** Sectors: stable id and display name. */
export const sectores: TableOutput = {
	tabla: 'sectores',
	sql: 'SELECT sector_id, nombre FROM in_sectores ORDER BY sector_id'
};

import type { Query } from '../types';

export interface CoyunturaRow extends Record<string, unknown> {
	indicador: string;
	periodo: string;
	valor: number;
	unidad: string;
	variacion: number | null;
	unidad_variacion: string | null;
	referencia: string | null;
	fuente: string;
	/** English of `indicador`, `unidad`, `referencia`: null where the data have none. */
	indicador_en?: string | null;
	unidad_en?: string | null;
	referencia_en?: string | null;
	/** Set by `localizeCoyuntura`: the labels that stayed Spanish on an English page. */
	lang?: { indicador?: 'es'; unidad?: 'es'; referencia?: 'es' };
}

export interface HitoRow extends Record<string, unknown> {
	anio: number;
	iniciativas: number | null;
	departamentos: number | null;
	empresas: number | null;
	descripcion: string;
	fuente: string;
	/** English of `descripcion`: null where the data have none. */
	descripcion_en?: string | null;
	/** Set by `localizeHitos`: the description stayed Spanish on an English page. */
	lang?: 'es';
}

/** The 2024 economic context figures, as published (public facts with their source). */
export function coyuntura(): Query {
	return { sql: 'SELECT * FROM coyuntura', params: [], tables: ['coyuntura'] };
}

/** The Red Clúster's public headline counts over time, oldest first. */
export function hitos(): Query {
	return { sql: 'SELECT * FROM hitos ORDER BY anio, iniciativas', params: [], tables: ['hitos'] };
}

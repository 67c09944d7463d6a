import type { Catalog, Indicador } from './data/types';

/** A small hand-made catalog for pure unit tests (no files, no DuckDB). */
export function indicator(patch: Partial<Indicador> = {}): Indicador {
	return {
		codigo: 'empresas_vinculadas',
		nombre: 'Empresas vinculadas',
		dimension: 'empresas',
		unidad: 'conteo',
		tipo: 'numero',
		niveles: [],
		agregacion: 'suma',
		minimo: 0,
		maximo: null,
		mayor_es_mejor: true,
		descripcion: '',
		...patch,
		etiquetasNiveles: patch.etiquetasNiveles ?? patch.niveles ?? []
	};
}

export const madurez = indicator({
	codigo: 'madurez',
	nombre: 'Nivel de madurez',
	dimension: 'madurez',
	unidad: 'categoria',
	tipo: 'categoria',
	niveles: ['exploración', 'intermedio', 'consolidación'],
	agregacion: 'distribucion',
	minimo: null
});

export const catalog: Catalog = {
	version: 'abc123',
	generado: '2026-11-24T12:00:00Z',
	muestra: true,
	descripcionMuestra: 'sintético',
	etiquetasEnEspanol: false,
	ediciones: [
		{ edicion: 1, anio_campo: 2016, etiqueta: 'SSME 2016', fecha_corte: '2016-12-31' },
		{ edicion: 2, anio_campo: 2018, etiqueta: 'SSME 2018', fecha_corte: '2018-12-31' }
	],
	indicadores: [madurez, indicator()],
	sectores: [
		{ sector_id: 'agro', nombre: 'Agroindustria y alimentos' },
		{ sector_id: 'tic', nombre: 'TIC y economía digital' }
	],
	departamentos: [
		{ divipola: '05', nombre: 'Antioquia', nombre_corto: 'Antioquia' },
		{ divipola: '11', nombre: 'Bogotá, D.C.', nombre_corto: 'Bogotá' }
	],
	parquet: {}
};

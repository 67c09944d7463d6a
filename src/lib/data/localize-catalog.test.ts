import { describe, expect, test } from 'vitest';
import type { CoyunturaRow, HitoRow } from './queries/context';
import {
	localizeCatalog,
	localizeCoyuntura,
	localizeHitos,
	type RawCatalog,
	type RawIndicador
} from './localize-catalog';

const madurez: RawIndicador = {
	codigo: 'madurez',
	nombre: 'Nivel de madurez',
	dimension: 'madurez',
	unidad: 'categoria',
	tipo: 'categoria',
	niveles: ['exploración', 'intermedio', 'consolidación'],
	etiquetasNiveles: ['exploración', 'intermedio', 'consolidación'],
	agregacion: 'distribucion',
	minimo: null,
	maximo: null,
	mayor_es_mejor: true,
	descripcion: 'Etapa de desarrollo de la iniciativa.',
	nombre_en: 'Maturity level',
	descripcion_en: 'Development stage of the initiative.',
	niveles_en: ['exploration', 'intermediate', 'consolidation']
};

const empresas: RawIndicador = {
	...madurez,
	codigo: 'empresas_vinculadas',
	nombre: 'Empresas vinculadas',
	unidad: 'conteo',
	tipo: 'numero',
	niveles: [],
	etiquetasNiveles: [],
	agregacion: 'suma',
	descripcion: 'Empresas que participan.',
	nombre_en: 'Member companies',
	descripcion_en: 'Companies that take part.',
	niveles_en: null
};

const raw: RawCatalog = {
	version: 'v1',
	generado: '2024-11-30T00:00:00.000Z',
	muestra: true,
	descripcionMuestra: 'Valores sintéticos.',
	descripcionMuestraEn: 'Synthetic values.',
	etiquetasEnEspanol: false,
	ediciones: [{ edicion: 1, anio_campo: 2016, etiqueta: 'SSME 2016', fecha_corte: '2016-11-30' }],
	indicadores: [madurez, empresas],
	sectores: [
		{ sector_id: 'turismo', nombre: 'Turismo', nombre_en: 'Tourism' },
		{ sector_id: 'agro', nombre: 'Agroindustria y alimentos', nombre_en: 'Agribusiness and food' }
	],
	departamentos: [{ divipola: '05', nombre: 'Antioquia', nombre_corto: 'Antioquia' }],
	parquet: { resultados: 10 }
};

/** Every key of every object in a value, nested. */
function keys(x: unknown): string[] {
	if (Array.isArray(x)) return x.flatMap(keys);
	if (typeof x !== 'object' || x === null) return [];
	return Object.entries(x).flatMap(([k, v]) => [k, ...keys(v)]);
}

describe('localizeCatalog', () => {
	test("localizeCatalog(full English, 'en') takes every label from the English", () => {
		const cat = localizeCatalog(raw, 'en');
		expect(cat.etiquetasEnEspanol).toBe(false);
		expect(cat.descripcionMuestra).toBe('Synthetic values.');
		expect(cat.descripcionMuestraLang).toBeUndefined();
		expect(cat.indicadores[0]).toEqual({
			...madurez,
			nombre: 'Maturity level',
			descripcion: 'Development stage of the initiative.',
			etiquetasNiveles: ['exploration', 'intermediate', 'consolidation'],
			nombre_en: undefined,
			descripcion_en: undefined,
			niveles_en: undefined
		});
		// Queries compare the data's values: the levels stay Spanish.
		expect(cat.indicadores[0]?.niveles).toEqual(['exploración', 'intermedio', 'consolidación']);
		expect(cat.indicadores[1]?.nombre).toBe('Member companies');
		expect(cat.indicadores.every((i) => i.lang === undefined)).toBe(true);
		// Sectors in the order of their English names.
		expect(cat.sectores).toEqual([
			{ sector_id: 'agro', nombre: 'Agribusiness and food' },
			{ sector_id: 'turismo', nombre: 'Tourism' }
		]);
		expect(cat.ediciones).toEqual(raw.ediciones);
		expect(cat.departamentos).toEqual(raw.departamentos);
		expect(cat.parquet).toEqual(raw.parquet);
	});

	test("localizeCatalog(missing English, 'en') keeps the Spanish with lang: 'es' and flags the catalog", () => {
		const cat = localizeCatalog(
			{
				...raw,
				descripcionMuestraEn: null,
				indicadores: [
					{ ...madurez, nombre_en: null, descripcion_en: '', niveles_en: null },
					empresas
				],
				sectores: [
					{ sector_id: 'turismo', nombre: 'Turismo', nombre_en: null },
					{ sector_id: 'agro', nombre: 'Agroindustria y alimentos', nombre_en: 'Agribusiness' }
				]
			},
			'en'
		);
		expect(cat.etiquetasEnEspanol).toBe(true);
		expect(cat.descripcionMuestra).toBe('Valores sintéticos.');
		expect(cat.descripcionMuestraLang).toBe('es');
		expect(cat.indicadores[0]).toMatchObject({
			nombre: 'Nivel de madurez',
			descripcion: 'Etapa de desarrollo de la iniciativa.',
			etiquetasNiveles: ['exploración', 'intermedio', 'consolidación'],
			lang: 'es'
		});
		expect(cat.indicadores[1]?.lang).toBeUndefined();
		expect(cat.sectores).toEqual([
			{ sector_id: 'agro', nombre: 'Agribusiness' },
			{ sector_id: 'turismo', nombre: 'Turismo', lang: 'es' }
		]);
	});

	test("localizeCatalog(English name, Spanish levels, 'en') flags the catalog but not the name", () => {
		const cat = localizeCatalog({ ...raw, indicadores: [{ ...madurez, niveles_en: null }] }, 'en');
		expect(cat.indicadores[0]).toMatchObject({
			nombre: 'Maturity level',
			etiquetasNiveles: ['exploración', 'intermedio', 'consolidación']
		});
		expect(cat.indicadores[0]?.lang).toBeUndefined();
		expect(cat.etiquetasEnEspanol).toBe(true);
	});

	test("localizeCatalog(no sample description, not a sample, 'en') does not flag it", () => {
		const cat = localizeCatalog({ ...raw, muestra: false, descripcionMuestraEn: null }, 'en');
		expect(cat.etiquetasEnEspanol).toBe(false);
		expect(cat.descripcionMuestraLang).toBeUndefined();
	});

	test("localizeCatalog(raw, 'es') keeps the Spanish, with etiquetasNiveles = niveles", () => {
		const cat = localizeCatalog(raw, 'es');
		expect(cat.etiquetasEnEspanol).toBe(false);
		expect(cat.descripcionMuestra).toBe('Valores sintéticos.');
		expect(cat.indicadores.map((i) => i.nombre)).toEqual([
			'Nivel de madurez',
			'Empresas vinculadas'
		]);
		expect(cat.indicadores[0]?.etiquetasNiveles).toEqual(madurez.niveles);
		expect(cat.indicadores[0]?.descripcion).toBe('Etapa de desarrollo de la iniciativa.');
		expect(cat.sectores).toEqual([
			{ sector_id: 'turismo', nombre: 'Turismo' },
			{ sector_id: 'agro', nombre: 'Agroindustria y alimentos' }
		]);
	});

	test('localizeCatalog carries one language: no English fields are left in the page data', () => {
		for (const locale of ['es', 'en'] as const) {
			const k = keys(localizeCatalog(raw, locale));
			expect(k.filter((x) => x.endsWith('_en') || x.endsWith('En'))).toEqual([]);
		}
		expect(JSON.stringify(localizeCatalog(raw, 'es'))).not.toMatch(/Maturity|Tourism|Synthetic/);
		expect(JSON.stringify(localizeCatalog(raw, 'en'))).not.toMatch(
			/Turismo|Valores|Nivel de madurez|Etapa/
		);
	});
});

describe('localizeHitos', () => {
	const base = { iniciativas: 83, departamentos: null, empresas: null, fuente: 'https://x.org' };
	const rows: HitoRow[] = [
		{ ...base, anio: 2016, descripcion: 'Iniciativas registradas', descripcion_en: 'Registered initiatives' },
		{ ...base, anio: 2023, descripcion: 'Décimo aniversario', descripcion_en: null },
		{ ...base, anio: 2025, descripcion: 'Congreso' } // a real export without the column
	]; // prettier-ignore

	test('es: the Spanish, without the English column', () => {
		expect(localizeHitos(rows, 'es')).toEqual([
			{ ...base, anio: 2016, descripcion: 'Iniciativas registradas' },
			{ ...base, anio: 2023, descripcion: 'Décimo aniversario' },
			{ ...base, anio: 2025, descripcion: 'Congreso' }
		]);
	});

	test("en: the data's English, else the Spanish marked lang es", () => {
		expect(localizeHitos(rows, 'en')).toEqual([
			{ ...base, anio: 2016, descripcion: 'Registered initiatives' },
			{ ...base, anio: 2023, descripcion: 'Décimo aniversario', lang: 'es' },
			{ ...base, anio: 2025, descripcion: 'Congreso', lang: 'es' }
		]);
	});
});

describe('localizeCoyuntura', () => {
	const base = {
		periodo: '2024-10',
		valor: 9.1,
		variacion: -0.27,
		unidad_variacion: 'pp',
		fuente: 'DANE'
	};
	const full: CoyunturaRow = {
		...base,
		indicador: 'Tasa de desempleo',
		unidad: '%',
		referencia: 'frente a octubre de 2023',
		indicador_en: 'Unemployment rate',
		unidad_en: '%',
		referencia_en: 'compared with October 2023'
	};
	const partial: CoyunturaRow = {
		...base,
		indicador: 'Exportaciones',
		unidad: 'millones USD FOB',
		referencia: null,
		indicador_en: 'Exports',
		unidad_en: null
	};
	const none: CoyunturaRow = {
		...base,
		indicador: 'Inflación',
		unidad: '%',
		referencia: 'frente a 2023'
	};

	test('es: the Spanish, without the English columns', () => {
		expect(localizeCoyuntura([full], 'es')).toEqual([
			{
				...base,
				indicador: 'Tasa de desempleo',
				unidad: '%',
				referencia: 'frente a octubre de 2023'
			}
		]);
	});

	test('en: label by label, the Spanish ones named in lang', () => {
		expect(localizeCoyuntura([full, partial, none], 'en')).toEqual([
			{ ...base, indicador: 'Unemployment rate', unidad: '%', referencia: 'compared with October 2023', lang: {} },
			{ ...base, indicador: 'Exports', unidad: 'millones USD FOB', referencia: null, lang: { unidad: 'es' } },
			{ ...base, indicador: 'Inflación', unidad: '%', referencia: 'frente a 2023', lang: { indicador: 'es', unidad: 'es', referencia: 'es' } }
		]);
	}); // prettier-ignore
});

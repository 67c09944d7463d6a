import { describe, expect, test } from 'vitest';
import { ManifestError, parquetSizes, parseManifest } from './manifest';

const ok = {
	version: 'abc',
	generado: '2026-01-01T00:00:00.000Z',
	muestra: true,
	tablas: {
		resultados: {
			filas: 3,
			columnas: [{ nombre: 'valor', tipo: 'DOUBLE' }],
			archivos: [{ archivo: 'resultados.parquet', bytes: 10, sha256: 'x' }]
		}
	},
	geo: null,
	paquete_csv: null
};

describe('parseManifest', () => {
	test('parseManifest(valid) returns it typed', () => {
		expect(parquetSizes(parseManifest(ok))).toEqual({ resultados: 10 });
	});

	test('parseManifest(not an object) says so in Spanish', () => {
		expect(() => parseManifest([])).toThrow(ManifestError);
		expect(() => parseManifest(null)).toThrow(/no tiene la forma esperada: no es un objeto JSON/);
	});

	test('parseManifest(missing version) names the field', () => {
		expect(() => parseManifest({ ...ok, version: undefined })).toThrow(
			/falta «version» \(string\) en el índice/
		);
	});

	test('parseManifest(a table without byte sizes) names the table', () => {
		const bad = {
			...ok,
			tablas: { resultados: { ...ok.tablas.resultados, archivos: [{ archivo: 'r.parquet' }] } }
		};
		expect(() => parseManifest(bad)).toThrow(
			/falta «bytes» \(number\) en un archivo de la tabla «resultados»/
		);
	});

	test('parseManifest(tablas missing) fails', () => {
		expect(() => parseManifest({ ...ok, tablas: undefined })).toThrow(/falta «tablas»/);
	});

	const indicador = {
		codigo: 'madurez',
		niveles: ['inicial', 'consolidada'],
		nombre_en: 'Maturity',
		descripcion_en: null,
		niveles_en: ['initial', 'consolidated']
	};

	test('parseManifest(English labels) accepts them, null or absent (older manifests)', () => {
		const m = parseManifest({
			...ok,
			descripcion_muestra_en: 'Synthetic values',
			indicadores: [indicador, { codigo: 'x', niveles: [] }],
			sectores: [
				{ sector_id: 'agro', nombre: 'Agro', nombre_en: 'Agribusiness' },
				{ sector_id: 'tic', nombre: 'TIC', nombre_en: null },
				{ sector_id: 'otros', nombre: 'Otros' }
			]
		});
		expect(m.indicadores[0]?.niveles_en).toEqual(['initial', 'consolidated']);
		expect(m.sectores[0]?.nombre_en).toBe('Agribusiness');
		expect(m.descripcion_muestra_en).toBe('Synthetic values');
	});

	test('parseManifest(niveles_en with another count than niveles) names the indicator', () => {
		const bad = { ...ok, indicadores: [{ ...indicador, niveles_en: ['initial'] }] };
		expect(() => parseManifest(bad)).toThrow(
			/«niveles_en» no tiene una etiqueta por nivel en el indicador «madurez»/
		);
	});

	test('parseManifest(a label that is not text) names it', () => {
		expect(() => parseManifest({ ...ok, indicadores: [{ ...indicador, nombre_en: 3 }] })).toThrow(
			/«nombre_en» no es un texto en el indicador «madurez»/
		);
		expect(() =>
			parseManifest({ ...ok, sectores: [{ sector_id: 'agro', nombre: 'A', nombre_en: [] }] })
		).toThrow(/«nombre_en» no es un texto en el sector «agro»/);
		expect(() => parseManifest({ ...ok, descripcion_muestra_en: 1 })).toThrow(
			/«descripcion_muestra_en» no es un texto en el índice/
		);
	});

	test('parseManifest(textos_referencia) accepts texts and nulls; names a table whose rows are not', () => {
		const textos = {
			hitos: [{ descripcion: 'Iniciativas', descripcion_en: 'Initiatives' }],
			coyuntura: [{ indicador: 'PIB', indicador_en: null }]
		};
		expect(parseManifest({ ...ok, textos_referencia: textos }).textos_referencia).toEqual(textos);
		expect(() => parseManifest({ ...ok, textos_referencia: { hitos: {} } })).toThrow(
			/los textos de «hitos» no son una lista/
		);
		expect(() =>
			parseManifest({ ...ok, textos_referencia: { hitos: [{ descripcion_en: 2 }] } })
		).toThrow(/«descripcion_en» no es un texto en los textos de «hitos»/);
	});
});

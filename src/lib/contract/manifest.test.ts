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
});

import { describe, expect, it } from 'vitest';
import { networkBytes, progressMessage } from './engine-progress';

const RAW = 34_000_000;

describe('networkBytes', () => {
	it('scales the uncompressed count to the compressed Content-Length', () => {
		expect(networkBytes(17_000_000, 5_200_000, RAW)).toEqual([2_600_000, 5_200_000]);
		expect(networkBytes(RAW, 5_200_000, RAW)).toEqual([5_200_000, 5_200_000]);
	});
	it('counts raw bytes when the file is sent uncompressed or without a length', () => {
		expect(networkBytes(1_000_000, RAW, RAW)).toEqual([1_000_000, RAW]);
		expect(networkBytes(1_000_000, 0, RAW)).toEqual([1_000_000, RAW]);
	});
	it('never reports more than the total', () => {
		expect(networkBytes(RAW + 10, 5_200_000, RAW)).toEqual([5_200_000, 5_200_000]);
		expect(networkBytes(RAW + 10, 0, RAW)).toEqual([RAW, RAW]);
	});
});

describe('progressMessage', () => {
	it('says what is downloading, in es-CO megabytes', () => {
		expect(progressMessage('motor', undefined, [2_100_000, 5_200_000])).toBe(
			'Descargando el motor de consultas: 2,1 de 5,2 MB'
		);
		expect(progressMessage('motor')).toBe('Iniciando el motor de consultas (DuckDB-WASM)…');
		expect(progressMessage('tablas', 'resultados')).toBe(
			'Cargando la tabla «resultados» en el motor de consultas…'
		);
	});
});

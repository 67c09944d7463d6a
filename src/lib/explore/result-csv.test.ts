import { tableFromJSON } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { MAX_SHOWN_ROWS, type ConsoleResult } from '$lib/data/SqlConsole.svelte';
import { resultColumns, resultRows } from '$lib/data/result-table';
import { resultCsv } from './result-csv';

function result(n: number): ConsoleResult {
	const t = tableFromJSON(
		Array.from({ length: n }, (_, i) => ({ id: i, nombre: i ? `n${i}` : '=1+1' }))
	);
	const columns = resultColumns(t.batches[0]);
	return {
		sql: 'SELECT id,\n  nombre FROM x',
		columns,
		rows: resultRows(t.batches, columns, MAX_SHOWN_ROWS),
		total: n,
		ms: 3,
		batches: t.batches
	};
}

describe('resultCsv', () => {
	it('resultCsv writes every row (not only the drawn ones) after the query, version and sample lines', () => {
		const csv = resultCsv(result(MAX_SHOWN_ROWS + 5), {
			version: 'abc123',
			generado: '2026-11-24T12:00:00.000Z',
			muestra: true
		});
		const lines = csv.split('\r\n');
		expect(lines.slice(0, 4)).toEqual([
			'\uFEFF# Consulta: SELECT id, nombre FROM x',
			'# Tablero Clúster · versión de los datos abc123, publicada 2026-11-24T12:00:00.000Z',
			'# DATOS DE DEMOSTRACIÓN: valores sintéticos, no resultados del SSME',
			'id,nombre'
		]);
		expect(lines[4]).toBe("0,'=1+1"); // formula neutralised
		expect(lines.filter(Boolean)).toHaveLength(4 + MAX_SHOWN_ROWS + 5);
	});
	it('resultCsv omits the sample line for real data', () => {
		const csv = resultCsv(result(1), { version: 'v', generado: 'g', muestra: false });
		expect(csv).not.toContain('DEMOSTRACIÓN');
	});
});

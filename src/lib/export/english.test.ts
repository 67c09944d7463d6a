import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '$lib/i18n/locale';
import { exportCsv } from './export-csv';
import {
	commentLines,
	dataSource,
	keyValueMetadata,
	mapSource,
	sampleLabel,
	type ExportMeta
} from './meta';
import { buildSvgDocument } from './svg-document';

/** Built when a test runs, so its source line is in that test's language. */
const meta = (): ExportMeta => ({
	title: '=Linked companies by department',
	filters: [{ label: 'Indicator', value: 'Linked companies' }],
	version: 'abc123',
	generado: '2024-11-30T12:00:00.000Z',
	muestra: true,
	source: mapSource(),
	exportedAt: new Date('2025-01-02T15:00:00Z'),
	url: 'https://example.org/en?indicador=x'
});

describe('exports on a Spanish page', () => {
	it('source lines are Spanish', () => {
		expect(mapSource()).toBe(
			'Fuente: SSME, Red Clúster Colombia — Confecámaras · Límites: Natural Earth'
		);
		expect(dataSource()).toBe('Fuente: SSME, Red Clúster Colombia — Confecámaras');
		expect(sampleLabel()).toBe('DATOS DE DEMOSTRACIÓN: valores sintéticos, no resultados del SSME');
	});
});

describe('exports on an English page', () => {
	beforeEach(() => setLocale('en'));
	afterEach(() => setLocale('es'));

	it('source lines translate their words and keep the names', () => {
		expect(mapSource()).toBe(
			'Source: SSME, Red Clúster Colombia — Confecámaras · Boundaries: Natural Earth'
		);
		expect(dataSource()).toBe('Source: SSME, Red Clúster Colombia — Confecámaras');
	});

	it('commentLines(meta()) writes the CSV metadata lines in English', () => {
		expect(commentLines(meta())).toEqual([
			'Tablero Clúster: =Linked companies by department',
			'DEMONSTRATION DATA: synthetic values, not SSME results',
			'Filters: Indicator = Linked companies',
			'Data version: abc123 (published 2024-11-30T12:00:00.000Z)',
			'Generated: 2025-01-02T15:00:00.000Z',
			'Source: SSME, Red Clúster Colombia — Confecámaras · Boundaries: Natural Earth',
			'View: https://example.org/en?indicador=x',
			'Numbers with a decimal point and no thousands separator; empty cell = no data.'
		]);
	});

	it('exportCsv(table, meta) keeps the formula guard on English labels and cells', () => {
		const csv = exportCsv(
			{
				rows: [{ Department: '=HYPERLINK("x")', Value: 3 }],
				columns: [{ name: 'Department' }, { name: 'Value' }]
			},
			{ ...meta(), filters: [{ label: 'Search', value: 'a,=1+1' }] }
		);
		const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
		expect(lines[0]).toBe('# Tablero Clúster: =Linked companies by department');
		expect(lines).toContain("# Filters: Search = a,'=1+1");
		expect(lines).toContain('Department,Value');
		expect(lines).toContain(`"'=HYPERLINK(""x"")",3`);
		for (const line of lines) expect(line).not.toMatch(/^[=+\-@]/);
	});

	it('keyValueMetadata(meta) carries the English sample notice and source', () => {
		const kv = Object.fromEntries(keyValueMetadata(meta()).map((e) => [e.key, e.value]));
		expect(kv['tablero.aviso']).toBe('DEMONSTRATION DATA: synthetic values, not SSME results');
		expect(kv['tablero.fuente']).toBe(
			'SSME, Red Clúster Colombia — Confecámaras · Boundaries: Natural Earth'
		);
	});

	it('buildSvgDocument(parts) writes its sample band, source and dates in English', () => {
		const { svg } = buildSvgDocument({
			chart: { markup: '<rect width="10" height="10"/>', width: 600, height: 400 },
			meta: meta()
		});
		expect(svg).toContain('DEMONSTRATION DATA');
		expect(svg).toContain('Source: SSME');
		expect(svg).toContain('Boundaries: Natural Earth');
		expect(svg).toContain('Data: version abc123, published on November 30, 2024');
		expect(svg).toContain('Image made on January 2, 2025');
		expect(svg).not.toMatch(/Fuente|Datos|publicados/);
	});
});

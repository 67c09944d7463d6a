import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '$lib/i18n/locale';
import { columnLabels } from '$lib/i18n/messages/columns';
import { columnHeader } from './columns';
import { exportCsv } from './export-csv';

afterEach(() => setLocale('es'));

/** Codes that read the same in both languages keep their name. */
const SAME = new Set(['divipola', 'sector_id', 'sector', 'n']);

/** Every column the site's export builders declare (`{ name: 'x', type: … }`). */
function exportedColumns(): string[] {
	const lib = join(__dirname, '..');
	const files = readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter(
		(f) => /export[^/]*\.ts$/.test(f) && !f.endsWith('.test.ts')
	);
	const names = files.flatMap((f) =>
		[...readFileSync(join(lib, f), 'utf8').matchAll(/name: '([a-z_]+)'/g)].map((m) => m[1]!)
	);
	return [...new Set(names)].sort();
}

describe('CSV column headers', () => {
	it('finds the export builders', () => {
		expect(exportedColumns()).toContain('valor');
	});

	it('every exported column has an English header, or is a code both languages share', () => {
		const labels: Record<string, unknown> = columnLabels;
		expect(exportedColumns().filter((c) => !labels[c] && !SAME.has(c))).toEqual([]);
	});

	it('Spanish keeps the data’s names; English translates them and keeps codes', () => {
		expect(columnHeader('n_reportan')).toBe('n_reportan');
		setLocale('en');
		expect(columnHeader('n_reportan')).toBe('n_reporting');
		expect(columnHeader('divipola')).toBe('divipola');
	});

	it('an English CSV has English headers over the same values', () => {
		setLocale('en');
		const csv = exportCsv(
			{
				columns: [{ name: 'divipola' }, { name: 'valor', type: 'DOUBLE' }],
				rows: [{ divipola: '05', valor: 1.5 }]
			},
			{
				title: 't',
				filters: [],
				version: 'v',
				generado: '2026-01-01T00:00:00Z',
				muestra: false,
				source: 's',
				exportedAt: new Date('2026-01-02T00:00:00Z')
			}
		);
		expect(csv.split('\r\n').slice(-3)).toEqual(['divipola,value', '05,1.5', '']);
	});
});

import { columnHeader } from '$lib/export/columns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '$lib/i18n/locale';
import { catalog, madurez } from '$lib/test-fixtures';
import { coincidenceNote } from './coincide';
import { dimensionSummary } from './dimension-view';
import { profileExportLegend, profileExportTable } from './export';
import { profileFixture } from './test-fixtures';

const madurezEn = { ...madurez, etiquetasNiveles: madurez.niveles.map((_, i) => `Level ${i + 1}`) };
const profile = profileFixture('porcentaje_si', '% “Yes” in the Agro sector');

beforeEach(() => setLocale('en'));
afterEach(() => setLocale('es'));

describe('profile in English', () => {
	it('dimensionSummary(shown, total, dimensions) counts in English', () => {
		expect(dimensionSummary(5, 5, 2)).toBe('Showing the 5 indicators of the 2 dimensions.');
		expect(dimensionSummary(1, 5, 2)).toBe(
			'Showing 1 indicator of this dimension; the other 4 are in the other dimensions of the “Dimension” select.'
		);
	});

	it('coincidenceNote says which line a median equals', () => {
		expect(coincidenceNote({ key: 'departamento', sameAs: 'iniciativa', alone: true })).toBe(
			'(same as the initiative: it is the only one in the department)'
		);
		expect(coincidenceNote({ key: 'departamento', sameAs: 'iniciativa', alone: false })).toBe(
			'(same as the initiative)'
		);
		expect(coincidenceNote({ key: 'departamento', sameAs: 'sector', alone: false })).toBe(
			"(same as the sector's median)"
		);
	});

	it('profileExportTable names its columns in English and levels by their English labels', () => {
		const cat = { ...catalog, indicadores: [madurezEn] };
		const t = profileExportTable(profile, cat);
		expect(t.columns.map((c) => columnHeader(c.name))).toEqual([
			'initiative_id',
			'indicator',
			'indicator_name',
			'edition',
			'edition_label',
			'series',
			'series_name',
			'measure',
			'value',
			'level',
			'n'
		]);
		expect(t.rows[0]).toMatchObject({ iniciativa_id: 'ic-1', valor: 2, nivel: 'Level 2' });
	});

	it('profileExportLegend says "Median of" for a yes/no series and notes in English', () => {
		const lg = profileExportLegend(profile);
		expect(lg.entries.map((e) => e.label)).toEqual([
			'Clúster de Café',
			'Median of the Agro sector'
		]);
		expect(lg.note).toMatch(/^The solid line with circles is the initiative/);
	});
});

import { describe, expect, it } from 'vitest';
import { catalog, madurez } from '$lib/test-fixtures';
import { profileExportLegend, profileExportTable } from './export';
import { profileFixture } from './test-fixtures';

const profile = profileFixture('nivel_mediano', 'Mediana del sector Agro');

describe('profileExportTable', () => {
	it('profileExportTable(profile) gives one row per indicator × series × edition, sin datos as null', () => {
		const t = profileExportTable(profile, catalog);
		expect(t.rows).toHaveLength(4);
		expect(t.rows[0]).toEqual({
			iniciativa_id: 'ic-1',
			indicador: 'madurez',
			indicador_nombre: 'Nivel de madurez',
			edicion: 1,
			edicion_etiqueta: 'SSME 2016',
			serie: 'iniciativa',
			serie_nombre: 'Clúster de Café',
			medida: 'valor',
			valor: 2,
			nivel: madurez.niveles[1],
			n: null
		});
		expect(t.rows[1]).toMatchObject({ valor: null, nivel: null });
		expect(t.rows[3]).toMatchObject({ serie: 'sector', medida: 'nivel_mediano', valor: 3, n: 4 });
		expect(t.columns.map((c) => c.name)).toEqual(Object.keys(t.rows[0]!));
	});

	it('profileExportLegend draws the initiative solid and the medians dashed', () => {
		const lg = profileExportLegend(profile);
		expect(lg.entries.map((e) => [e.label, e.dashed])).toEqual([
			['Clúster de Café', false],
			['Mediana del sector Agro', true]
		]);
	});

	it('profileExportLegend gives each series the dash and marker of the on-screen chart', () => {
		const lg = profileExportLegend(profile);
		expect(lg.entries.map((e) => [e.marker, e.dash, e.width])).toEqual([
			['circle', undefined, 3],
			['square', '7 4', 2]
		]);
		expect(lg.note).not.toMatch(/discontinuas son medianas/);
	});
});

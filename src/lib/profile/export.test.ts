import { describe, expect, it } from 'vitest';
import { catalog, madurez } from '$lib/test-fixtures';
import { profileExportLegend, profileExportTable } from './export';
import type { InitiativeProfile } from './profile';

const pts = (ys: (number | null)[], n: number | null = null) =>
	ys.map((y, i) => ({ x: `SSME ${2016 + 2 * i}`, y, edicion: i + 1, n }));

const profile: InitiativeProfile = {
	iniciativa: {
		iniciativa_id: 'ic-1',
		nombre: 'Clúster de Café',
		divipola: '05',
		sector_id: 'agro'
	} as InitiativeProfile['iniciativa'],
	adicionales: [],
	madurez: [],
	comparaciones: [
		{
			indicador: madurez.codigo,
			measure: 'nivel_mediano',
			series: [
				{ key: 'iniciativa', label: 'Clúster de Café', points: pts([2, null]) },
				{ key: 'sector', label: 'Mediana del sector Agro', points: pts([1, 3], 4) }
			]
		}
	]
};

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

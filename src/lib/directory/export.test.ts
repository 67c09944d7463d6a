import { describe, expect, it } from 'vitest';
import { catalog, madurez } from '$lib/test-fixtures';
import type { DirectoryRow } from './index-data';
import { directoryExportFilters, directoryExportTable } from './export';
import { defaultDirectoryState } from './url-state';

const rows: DirectoryRow[] = [
	{
		id: 'ic-1',
		nombre: 'Clúster de Café',
		municipio: 'Medellín',
		divipola: '05',
		adicionales: ['11'],
		sector: 'agro',
		ingreso: 2015,
		madurez: [1, 3]
	},
	{
		id: 'ic-2',
		nombre: 'Clúster TIC',
		municipio: null,
		divipola: null,
		adicionales: [],
		sector: 'tic',
		ingreso: null,
		madurez: [null, 0]
	}
];

describe('directoryExportTable', () => {
	it('directoryExportTable(rows, cat, null) keeps the order and shows the latest maturity reported', () => {
		const t = directoryExportTable(rows, catalog, null);
		expect(t.rows[0]).toEqual({
			iniciativa_id: 'ic-1',
			nombre: 'Clúster de Café',
			divipola: '05',
			departamento: 'Antioquia',
			departamentos_adicionales: 'Bogotá, D.C.',
			municipio: 'Medellín',
			sector_id: 'agro',
			sector: 'Agroindustria y alimentos',
			anio_ingreso_red: 2015,
			madurez_edicion: catalog.ediciones[1]!.edicion,
			madurez_nivel: 3,
			madurez: madurez.niveles[2]
		});
		// Reported without a level: no maturity, never level 0.
		expect(t.rows[1]).toMatchObject({ departamento: null, madurez_nivel: null, madurez: null });
		expect(t.columns.map((c) => c.name)).toEqual(Object.keys(t.rows[0]!));
	});

	it('directoryExportTable(rows, cat, 0) shows the maturity of that edition', () => {
		const t = directoryExportTable(rows, catalog, 0);
		expect(t.rows[0]).toMatchObject({
			madurez_nivel: 1,
			madurez_edicion: catalog.ediciones[0]!.edicion
		});
	});
});

describe('directoryExportFilters', () => {
	it('names only the filters that are set, then the order', () => {
		expect(
			directoryExportFilters({ ...defaultDirectoryState(), depto: '05', desc: true }, catalog)
		).toEqual([
			{ label: 'Departamento', value: 'Antioquia' },
			{ label: 'Orden', value: 'nombre (descendente)' }
		]);
		expect(directoryExportFilters(defaultDirectoryState(), catalog)[0]!.label).toBe('Filtros');
	});
});

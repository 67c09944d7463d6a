import { describe, expect, it } from 'vitest';
import type { EvolutionFilter } from '$lib/data/queries/evolution';
import { catalog, madurez } from '../test-fixtures';
import { empleos, empleosFilter, evolutionData } from './test-fixtures';
import { editionsContiguous, panels, selectedEditions, tableRows } from './series';

const data = evolutionData;
const f: EvolutionFilter = { ...empleosFilter, cohorte: 'todas' };

describe('panels', () => {
	it('gives every selected edition a point; an edition without rows is a gap, not zero', () => {
		const ps = panels(
			catalog,
			empleos,
			f,
			data({ valores: [{ edicion: 2, serie: '05', valor: 1500, n: 3 }] })
		);
		expect(ps).toHaveLength(1);
		const [bogota, antioquia] = ps[0]!.lines;
		// Departments keep the order they were picked in (it decides their colours).
		expect([bogota!.label, antioquia!.label]).toEqual(['Bogotá, D.C.', 'Antioquia']);
		expect(antioquia!.points).toEqual([
			{ x: 'SSME 2016', y: null, n: 0 },
			{ x: 'SSME 2018', y: 1500, n: 3 }
		]);
		expect(bogota!.points.every((p) => p.y === null)).toBe(true);
		expect(bogota!.colour).not.toBe(antioquia!.colour);
		expect(tableRows(empleos, ps, selectedEditions(catalog, f))).toEqual([
			['Bogotá, D.C.', 'SSME 2016', 'sin datos', '0'],
			['Bogotá, D.C.', 'SSME 2018', 'sin datos', '0'],
			['Antioquia', 'SSME 2016', 'sin datos', '0'],
			['Antioquia', 'SSME 2018', '1.500', '3']
		]);
	});

	it('makes one small multiple per sector with data', () => {
		const ps = panels(
			catalog,
			empleos,
			{ ...f, desglose: 'sector', deptos: [] },
			data({
				valores: [
					{ edicion: 1, serie: 'tic', valor: 5, n: 1 },
					{ edicion: 1, serie: 'agro', valor: 7, n: 2 }
				]
			})
		);
		expect(ps.map((p) => p.label)).toEqual(['Agroindustria y alimentos', 'TIC y economía digital']);
		expect(ps.every((p) => p.lines.length === 1)).toBe(true);
	});

	it('stacks category shares and lists every level in the table, zeros included', () => {
		const nf = { ...f, indicador: 'madurez', desglose: 'nacional' as const, deptos: [] };
		const ps = panels(
			catalog,
			madurez,
			nf,
			data({
				kind: 'niveles',
				niveles: [
					{ edicion: 2, serie: '*', nivel: 1, n: 1, total: 4, valor: 25 },
					{ edicion: 2, serie: '*', nivel: 3, n: 3, total: 4, valor: 75 }
				]
			})
		);
		expect(ps[0]!.bars.map((b) => [b.x, b.segments.map((s) => [s.label, s.value])])).toEqual([
			[
				'SSME 2018',
				[
					['exploración', 25],
					['consolidación', 75]
				]
			]
		]);
		expect(tableRows(madurez, ps, selectedEditions(catalog, nf))).toEqual([
			['Nacional', 'SSME 2016', '—', 'sin datos', '0'],
			['Nacional', 'SSME 2018', 'exploración', '25 %', '1 de 4'],
			['Nacional', 'SSME 2018', 'intermedio', '0 %', '0 de 4'],
			['Nacional', 'SSME 2018', 'consolidación', '75 %', '3 de 4']
		]);
	});
});

describe('editionsContiguous', () => {
	it('is true for a run of the catalog’s editions only', () => {
		const eds = catalog.ediciones;
		expect(editionsContiguous(catalog, eds)).toBe(true);
		expect(editionsContiguous(catalog, [eds[1]!])).toBe(true);
		expect(editionsContiguous(catalog, [eds[1]!, eds[0]!])).toBe(false);
	});
});

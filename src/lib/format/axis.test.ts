import { describe, expect, it } from 'vitest';
import { indicator, madurez } from '../test-fixtures';
import { axisIsPercent, axisUnit, formatAxis } from './axis';

const all = (ticks: number[], unit?: string) => ticks.map(formatAxis(ticks, unit));

describe('formatAxis(ticks, unit)', () => {
	it('writes small ticks as plain es-CO numbers', () => {
		expect(all([0, 2, 4, 6])).toEqual(['0', '2', '4', '6']);
		expect(all([0, 2000, 4000, 6000])).toEqual(['0', '2.000', '4.000', '6.000']);
	});
	it('gives every tick the decimals their spacing needs, with a decimal comma', () => {
		expect(all([0, 0.5, 1, 1.5])).toEqual(['0', '0,5', '1', '1,5']);
		expect(all([0.02, 0.04])).toEqual(['0,02', '0,04']);
	});
	it('uses one scale for the whole axis: thousands as «mil», never «k» beside «5.000»', () => {
		expect(all([0, 5000, 10000, 15000, 20000])).toEqual([
			'0',
			'5 mil',
			'10 mil',
			'15 mil',
			'20 mil'
		]);
		expect(all([0, 2500, 5000, 7500, 10000])).toEqual([
			'0',
			'2,5 mil',
			'5 mil',
			'7,5 mil',
			'10 mil'
		]);
	});
	it('writes millions in words, singular for one', () => {
		expect(all([0, 500_000, 1_000_000, 1_500_000])).toEqual([
			'0',
			'0,5 millones',
			'1 millón',
			'1,5 millones'
		]);
		expect(all([0, 2e9, 4e9])).toEqual(['0', '2 mil millones', '4 mil millones']);
	});
	it('keeps the sign of negative ticks and scales by magnitude', () => {
		expect(all([-20000, -10000, 0, 10000])).toEqual(['-20 mil', '-10 mil', '0', '10 mil']);
		expect(all([-1, -0.5, 0])).toEqual(['-1', '-0,5', '0']);
	});
	it('writes «%» on each tick of a percent axis', () => {
		expect(all([0, 25, 50, 75, 100], '%')).toEqual(['0 %', '25 %', '50 %', '75 %', '100 %']);
	});
});

describe('axisUnit(ind)', () => {
	it('names what the axis counts or measures', () => {
		expect(axisUnit(indicator())).toBe('empresas');
		expect(axisUnit(indicator({ unidad: 'millones COP' }))).toBe('millones de pesos');
		expect(axisUnit(indicator({ unidad: 'millones USD' }))).toBe('millones de dólares');
		expect(axisUnit(indicator({ unidad: 'indice' }))).toBe('índice 0–100');
		expect(axisUnit(indicator({ tipo: 'booleano', unidad: '%' }))).toBe(
			'% de iniciativas con «Sí»'
		);
		expect(axisUnit(madurez)).toBe('% de iniciativas');
	});
	it('reads every count of the dictionary as what it counts, in the plural', () => {
		const count = (codigo: string, nombre: string) =>
			axisUnit(indicator({ codigo, nombre, unidad: 'conteo' }));
		expect(count('equipo_gestion', 'Equipo de gestión')).toBe('personas');
		expect(count('proyectos_ejecutados', 'Proyectos ejecutados')).toBe('proyectos');
		expect(count('empleos', 'Empleos de las empresas vinculadas')).toBe('empleos');
		expect(count('aliados', 'Aliados institucionales')).toBe('aliados');
		expect(count('otro', 'Cobertura territorial')).toBe('número');
	});
	it('keeps a unit it does not know as the dictionary writes it', () => {
		expect(axisUnit(indicator({ unidad: 'hectáreas' }))).toBe('hectáreas');
		expect(axisUnit(indicator({ unidad: '%' }))).toBe('%');
	});
	it('reads percent for shares, booleans and levels', () => {
		expect(axisIsPercent(indicator({ unidad: '%' }))).toBe(true);
		expect(axisIsPercent(madurez)).toBe(true);
		expect(axisIsPercent(indicator())).toBe(false);
	});
});

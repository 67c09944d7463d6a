import { describe, expect, it } from 'vitest';
import type { Indicador } from '$lib/data/types';
import { classOf, type Classes } from './breaks';
import { legendItems } from './legend-items';

const ind = {
	codigo: 'x',
	nombre: 'Índice',
	tipo: 'numero',
	unidad: 'indice',
	agregacion: 'media',
	mayor_es_mejor: true
} as unknown as Indicador;
const classes: Classes = { kind: 'threshold', thresholds: [45, 77], min: 0, max: 100 };

describe('legendItems(ind, thresholds)', () => {
	it('labels half-open classes so an edge value belongs to one class only', () => {
		const labels = legendItems(ind, classes, ['a', 'b', 'c']).map((i) => i.label);
		expect(labels).toEqual(['menos de 45', 'de 45 a menos de 77', '77 o más']);
		// 77 is in the top class, as the label says.
		expect(classOf(classes, 77)).toBe(2);
		expect(classOf(classes, 76.9)).toBe(1);
	});
});

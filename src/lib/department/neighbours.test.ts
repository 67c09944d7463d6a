import type { FeatureCollection, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { departmentNeighbours } from './neighbours';

const square = (id: string, x: number, y: number) => ({
	type: 'Feature' as const,
	id,
	properties: { nombre: id },
	geometry: {
		type: 'Polygon' as const,
		coordinates: [
			[
				[x, y],
				[x + 1, y],
				[x + 1, y + 1],
				[x, y + 1],
				[x, y]
			]
		]
	}
});

/** A 2 × 2 grid plus an island: 05 | 11 over 15 | 17, and 88 far away. */
function grid(): Topology {
	const fc: FeatureCollection<Polygon> = {
		type: 'FeatureCollection',
		features: [
			square('05', 0, 1),
			square('11', 1, 1),
			square('15', 0, 0),
			square('17', 1, 0),
			square('88', 5, 5)
		]
	};
	return topology({ departamentos: fc }) as unknown as Topology;
}

const names: Record<string, string> = {
	'05': 'Antioquia',
	'11': 'Bogotá, D.C.',
	'15': 'Boyacá',
	'17': 'Caldas',
	'88': 'San Andrés'
};

describe('departmentNeighbours', () => {
	it('departments sharing an edge are neighbours (corners are not), ordered by name', () => {
		const n = departmentNeighbours(grid(), (d) => names[d] ?? d);
		expect(n.get('05')).toEqual(['11', '15']);
		expect(n.get('17')).toEqual(['11', '15']);
		expect(n.get('11')).toEqual(['05', '17']);
	});
	it('an island has no neighbours', () => {
		expect(departmentNeighbours(grid(), (d) => d).get('88')).toEqual([]);
	});
	it('order follows es-CO collation of the names, not the codes', () => {
		const n = departmentNeighbours(grid(), (d) => ({ '11': 'Zulia', '15': 'Ábrego' })[d] ?? d);
		expect(n.get('05')).toEqual(['15', '11']);
	});
	it('a topology without «departamentos» is an error in Spanish', () => {
		expect(() =>
			departmentNeighbours({ type: 'Topology', objects: {}, arcs: [] } as Topology, (d) => d)
		).toThrow(/departamentos/);
	});
});

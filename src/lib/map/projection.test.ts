import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { buildDepartmentsTopology } from '../../../scripts/lib/geo';
import { INSET, VIEW, departmentShapes, mainProjection } from './projection';
import { departmentFeatures } from './topo';

const departamentos = readFileSync('data/reference/departamentos.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => ({ divipola: line.slice(0, 2), nombre: line.split(',')[1]! }));
const topo = JSON.parse(buildDepartmentsTopology(departamentos)) as Topology;
const shapes = departmentShapes(departmentFeatures(topo));

describe('departmentShapes', () => {
	it('draws the 33 departments, each with a path', () => {
		expect(shapes).toHaveLength(33);
		for (const s of shapes) expect(s.d.length).toBeGreaterThan(20);
	});

	it('spreads the mainland over most of the viewBox (not a dot on a world map)', () => {
		const main = shapes.filter((s) => !s.inset);
		const xs = main.map((s) => s.cx);
		const ys = main.map((s) => s.cy);
		expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(VIEW.width * 0.5);
		expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(VIEW.height * 0.5);
	});

	it('puts Bogotá east of Antioquia and north of Amazonas, as on the ground', () => {
		const at = (id: string) => shapes.find((s) => s.id === id)!;
		expect(at('11').cx).toBeGreaterThan(at('05').cx);
		expect(at('11').cy).toBeLessThan(at('91').cy);
	});

	it('draws San Andrés inside its inset box', () => {
		const sa = shapes.find((s) => s.id === '88')!;
		expect(sa.inset).toBe(true);
		expect(sa.cx).toBeGreaterThan(INSET.x);
		expect(sa.cx).toBeLessThan(INSET.x + INSET.width);
		expect(sa.cy).toBeGreaterThan(INSET.y);
		expect(sa.cy).toBeLessThan(INSET.y + INSET.height);
	});

	it('projects Bogotá (the city) inside the viewBox', () => {
		const [x, y] = mainProjection()([-74.08, 4.6])!;
		expect(x).toBeGreaterThan(0);
		expect(x).toBeLessThan(VIEW.width);
		expect(y).toBeGreaterThan(0);
		expect(y).toBeLessThan(VIEW.height);
	});
});

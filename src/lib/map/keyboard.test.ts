import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { buildDepartmentsTopology } from '../../../scripts/lib/geo';
import { neighbour, tooltipPlacement } from './keyboard';
import { VIEW, departmentShapes } from './projection';
import { departmentFeatures } from './topo';

const departamentos = readFileSync('data/reference/departamentos.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => ({ divipola: line.slice(0, 2), nombre: line.split(',')[1]! }));
const topo = JSON.parse(buildDepartmentsTopology(departamentos)) as Topology;
const shapes = departmentShapes(departmentFeatures(topo));
const KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown'];

describe('neighbour(shapes, from, key)', () => {
	it('moves the way the arrow points', () => {
		// Antioquia (05) → east is not west; Amazonas (91) is south of Bogotá (11).
		const east = shapes.find((s) => s.id === neighbour(shapes, '05', 'ArrowRight'))!;
		expect(east.cx).toBeGreaterThan(shapes.find((s) => s.id === '05')!.cx);
		const south = shapes.find((s) => s.id === neighbour(shapes, '11', 'ArrowDown'))!;
		expect(south.cy).toBeGreaterThan(shapes.find((s) => s.id === '11')!.cy);
	});

	it('reaches all 33 departments from any of them with arrows alone', () => {
		for (const start of shapes) {
			const seen = new Set([start.id]);
			const queue = [start.id];
			while (queue.length) {
				const id = queue.shift()!;
				for (const k of KEYS) {
					const n = neighbour(shapes, id, k);
					if (n && !seen.has(n)) {
						seen.add(n);
						queue.push(n);
					}
				}
			}
			expect(seen.size, start.nombre).toBe(33);
		}
	});
});

describe('tooltipPlacement(shape)', () => {
	it('never puts the tooltip anchor inside the department box', () => {
		for (const s of shapes) {
			const p = tooltipPlacement(s, VIEW.width, VIEW.height);
			const x = (p.left / 100) * VIEW.width;
			const y = (p.top / 100) * VIEW.height;
			const [x0, y0, x1, y1] = s.box;
			if (p.side === 'derecha') expect(x).toBeGreaterThanOrEqual(x1 - 1e-9);
			if (p.side === 'izquierda') expect(x).toBeLessThanOrEqual(x0 + 1e-9);
			if (p.side === 'arriba') expect(y).toBeLessThanOrEqual(y0 + 1e-9);
			if (p.side === 'abajo') expect(y).toBeGreaterThanOrEqual(y1 - 1e-9);
		}
	});
});

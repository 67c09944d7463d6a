import { readFileSync } from 'node:fs';
import { geoMercator, geoPath } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildDepartmentsTopology } from '../../../scripts/lib/geo';
import { RelativePath } from './relative-path';
import { departmentFeatures } from './topo';

/** Absolute subpaths of SVG path data made of M/L/Z or m/z with implicit relative line-tos. */
function subpaths(d: string): [number, number][][] {
	const out: [number, number][][] = [];
	let x = 0;
	let y = 0;
	let sx = 0;
	let sy = 0;
	for (const [, cmd, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
		const nums = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
		if (cmd === 'z' || cmd === 'Z') {
			x = sx;
			y = sy;
			continue;
		}
		for (let i = 0; i < nums.length; i += 2) {
			const rel = cmd === 'm' || cmd === 'l';
			x = rel ? x + nums[i]! : nums[i]!;
			y = rel ? y + nums[i + 1]! : nums[i + 1]!;
			x = Math.round(x * 10) / 10;
			y = Math.round(y * 10) / 10;
			if (i === 0 && (cmd === 'm' || cmd === 'M')) {
				out.push([]);
				sx = x;
				sy = y;
			}
			const ring = out[out.length - 1]!;
			const last = ring[ring.length - 1];
			if (!last || last[0] !== x || last[1] !== y) ring.push([x, y]);
		}
	}
	return out;
}

const departamentos = readFileSync('data/reference/departamentos.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => ({ divipola: line.slice(0, 2), nombre: line.split(',')[1]! }));
const features = departmentFeatures(
	JSON.parse(buildDepartmentsTopology(departamentos)) as Topology
);
const projection = geoMercator().fitExtent(
	[
		[0, 0],
		[560, 640]
	],
	{ type: 'FeatureCollection', features }
);

describe('RelativePath', () => {
	it('writes m, implicit line-tos and z, with minus signs as separators', () => {
		const p = new RelativePath(1);
		p.moveTo(10, 20);
		p.lineTo(10.04, 20); // rounds onto the same point: dropped
		p.lineTo(12.5, 19);
		p.lineTo(12, 19.25);
		p.closePath();
		p.moveTo(11, 21);
		p.lineTo(11, 22);
		expect(p.result()).toBe('m10,20 2.5-1-.5,.3zm1,1 0,1');
	});

	it('draws every department through exactly the points of d3’s absolute path at 0.1', () => {
		for (const f of features) {
			const ctx = new RelativePath(1);
			geoPath(projection, ctx)(f);
			const absolute = geoPath(projection).digits(1)(f)!;
			expect(subpaths(ctx.result()), f.id).toEqual(subpaths(absolute));
		}
	});

	it('takes well under two thirds of the bytes of the absolute path', () => {
		let rel = 0;
		let abs = 0;
		for (const f of features) {
			const ctx = new RelativePath(1);
			geoPath(projection, ctx)(f);
			rel += ctx.result().length;
			abs += geoPath(projection).digits(1)(f)!.length;
		}
		expect(rel / abs).toBeLessThan(0.66);
	});
});

import { describe, expect, it } from 'vitest';
import { kindOf, planActions } from './measure.ts';
import { parseRange } from './serve.ts';
import { percentile, spread } from './stats.ts';

describe('percentile', () => {
	it('interpolates between closest ranks and ignores input order', () => {
		expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
		expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
		expect(percentile([10, 20], 95)).toBeCloseTo(19.5);
		expect(percentile([], 95)).toBeNull();
	});

	it('spread() reports median and range, skipping missing values', () => {
		expect(spread([3, null, 1, 2])).toEqual({ mediana: 2, min: 1, max: 3, n: 3 });
	});
});

describe('kindOf', () => {
	it.each([
		['/', 'html'],
		['/iniciativas', 'html'],
		['/_app/immutable/nodes/2.abc.js', 'js'],
		['/_app/immutable/assets/0.abc.css', 'css'],
		['/data/resultados.parquet', 'data'],
		['/__data.json', 'data'],
		['/_app/immutable/assets/duckdb-eh.x.wasm', 'wasm'],
		['/favicon.svg', 'other']
	])('kindOf(%s) is %s', (path, kind) => {
		expect(kindOf(path)).toBe(kind);
	});
});

describe('planActions', () => {
	const opts = {
		indicador: ['a', 'b', 'c'],
		edicion: ['5', '4'],
		sector: ['*', 'agro'],
		depto: [
			{ value: '05', name: 'Antioquia' },
			{ value: '11', name: 'Bogotá, D.C.' }
		],
		initial: { indicador: 'a', edicion: '5', sector: '*' }
	};

	it('cycles the four controls, each change really changing its control', () => {
		const { actions } = planActions(opts, 8);
		expect(actions.map((a) => a.control)).toEqual([
			'indicador',
			'edicion',
			'sector',
			'depto',
			'indicador',
			'edicion',
			'sector',
			'depto'
		]);
		const current: Record<string, string> = { ...opts.initial, depto: '' };
		for (const a of actions) {
			expect(a.value).not.toBe(current[a.control]);
			current[a.control] = a.value;
		}
		expect(actions[3]).toEqual({ control: 'depto', value: '05', name: 'Antioquia' });
	});

	it('resets exactly the filters that moved away from the initial ones', () => {
		const { actions, reset } = planActions(opts, 3);
		expect(actions.map((a) => a.value)).toEqual(['b', '4', 'agro']);
		expect(reset).toEqual([
			{ control: 'indicador', value: 'a' },
			{ control: 'edicion', value: '5' },
			{ control: 'sector', value: '*' }
		]);
	});
});

describe('parseRange', () => {
	it('reads bytes=a-b and bytes=a- within the file, refuses the rest', () => {
		expect(parseRange('bytes=0-99', 1000)).toEqual([0, 99]);
		expect(parseRange('bytes=900-', 1000)).toEqual([900, 999]);
		expect(parseRange('bytes=900-5000', 1000)).toEqual([900, 999]);
		expect(parseRange('bytes=2000-3000', 1000)).toBeNull();
		expect(parseRange('bytes=-500', 1000)).toBeNull();
		expect(parseRange(undefined, 1000)).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import { Latest } from './Latest.svelte';

/** A run whose answers the test releases by hand, in any order. */
function deferred() {
	const calls: { args: string; resolve: (v: string) => void; reject: (e: Error) => void }[] = [];
	const run = (args: string) =>
		new Promise<string>((resolve, reject) => calls.push({ args, resolve, reject }));
	return { run, calls };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('Latest (the one query lifecycle)', () => {
	it('shows the initial answer, then the newest one; a late older answer is dropped', async () => {
		const { run, calls } = deferred();
		const l = new Latest(run, (a) => a, { args: 'x', data: 'X' });
		expect([l.data, l.shown, l.loading]).toEqual(['X', 'x', false]);
		void l.request('a');
		void l.request('b');
		expect(l.loading).toBe(true);
		expect(l.data).toBe('X');
		calls[1]!.resolve('B');
		await tick();
		expect([l.data, l.shown, l.loading]).toEqual(['B', 'b', false]);
		calls[0]!.resolve('A');
		await tick();
		expect(l.data).toBe('B');
	});

	it('answers from its cache at once, and shares a request in flight', async () => {
		const { run, calls } = deferred();
		const l = new Latest(run, (a) => a, { args: 'x', data: 'X' });
		void l.request('a');
		const p = l.fetch('a');
		expect(calls).toHaveLength(1);
		calls[0]!.resolve('A');
		expect(await p).toBe('A');
		await l.request('x');
		expect(l.data).toBe('X');
		void l.request('a');
		expect([l.data, l.loading]).toEqual(['A', false]);
		expect(calls).toHaveLength(1);
	});

	it('shows a synchronous answer in the same tick, with no loading state', () => {
		const l = new Latest(
			(a: string) => a.toUpperCase(),
			(a) => a,
			{ args: 'x', data: 'X' }
		);
		void l.request('q');
		expect([l.data, l.loading]).toEqual(['Q', false]);
	});

	it('keeps the previous answer on failure, sets the error and retries when asked again', async () => {
		const { run, calls } = deferred();
		const l = new Latest(run, (a) => a, { args: 'x', data: 'X' });
		void l.request('a');
		calls[0]!.reject(new Error('No se pudo descargar «a.parquet» (HTTP 404).'));
		await tick();
		expect([l.data, l.loading, l.error]).toEqual([
			'X',
			false,
			'No se pudo descargar «a.parquet» (HTTP 404).'
		]);
		void l.request('a');
		expect(calls).toHaveLength(2);
		calls[1]!.resolve('A');
		await tick();
		expect([l.data, l.error]).toEqual(['A', null]);
	});

	it('forgets the least recently used answers beyond its bound', async () => {
		let runs = 0;
		const l = new Latest(
			(a: string) => {
				runs++;
				return a;
			},
			(a) => a,
			{ args: 'x', data: 'x' },
			2
		);
		for (const a of ['a', 'b', 'c']) await l.request(a);
		expect(runs).toBe(3);
		expect(l.peek('a')).toBeUndefined();
		expect(l.peek('c')).toBe('c');
	});
});

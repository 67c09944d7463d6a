import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { indicator } from '$lib/test-fixtures';
import ComparisonChart from './ComparisonChart.svelte';
import type { IndicatorComparison, SeriesKey } from './profile';

const X = ['SSME 2016', 'SSME 2018', 'SSME 2020'];
const line = (key: SeriesKey, ys: (number | null)[], n: number | null) => ({
	key,
	label:
		key === 'sector'
			? 'Mediana del sector Café'
			: key === 'departamento'
				? 'Mediana de Huila'
				: 'x',
	points: ys.map((y, i) => ({ x: X[i]!, y, edicion: i + 1, n: y === null ? null : n }))
});

function draw(comparison: IndicatorComparison): string {
	return render(ComparisonChart, {
		props: { comparison, ind: indicator(), domain: X, nombre: 'Clúster de café' }
	}).body;
}

describe('ComparisonChart', () => {
	const alone: IndicatorComparison = {
		indicador: 'empresas',
		measure: 'mediana',
		series: [
			line('iniciativa', [10, 20, null], null),
			line('sector', [12, 18, 15], 4),
			line('departamento', [10, 20, null], 1)
		]
	};

	it('says in the legend that the department median is the initiative itself', () => {
		expect(draw(alone)).toContain(
			'Mediana de Huila (igual a la iniciativa: es la única del departamento)'
		);
	});

	it('draws the initiative last and thicker, each median with its own dashes and marker', () => {
		const html = draw(alone);
		const lines = [
			...html.matchAll(
				/<path d="[^"]*" stroke="[^"]*" stroke-width="([\d.]+)"(?: stroke-dasharray="([^"]*)")? fill="none" data-serie="(\w+)"/g
			)
		].map((m) => ({ serie: m[3], width: Number(m[1]), dash: m[2] ?? null }));
		expect(lines.map((l) => l.serie)).toEqual(['sector', 'departamento', 'iniciativa']);
		const own = lines.at(-1)!;
		expect(own.dash).toBeNull();
		expect(own.width).toBeGreaterThan(Math.max(...lines.slice(0, -1).map((l) => l.width)));
		expect(new Set(lines.slice(0, -1).map((l) => l.dash)).size).toBe(2);
		// Markers: circles for the initiative, other shapes (paths) for the medians.
		expect(html).toMatch(/<circle[^>]*data-serie="iniciativa"/);
		expect(html).not.toMatch(/<circle[^>]*data-serie="departamento"/);
		expect(html).toMatch(/<path d="M[^"]*Z"[^>]*data-serie="departamento"/);
	});

	it('adds no note when the lines differ', () => {
		const html = draw({
			...alone,
			series: [alone.series[0]!, alone.series[1]!, line('departamento', [11, 19, 14], 3)]
		});
		expect(html).not.toContain('igual a');
	});
});

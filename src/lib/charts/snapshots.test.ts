import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LineChart from './LineChart.svelte';
import StackedBarChart from './StackedBarChart.svelte';
import type { LineSeries } from './types';

/**
 * The SVG as text, normalised so that only drawing changes show up in a diff: no hydration
 * comments or scoped-class hashes, numbers rounded to one decimal, one tag per line.
 */
function normalise(html: string): string {
	const svg = html.match(/<svg[\s\S]*<\/svg>/)?.[0] ?? '';
	return (
		svg
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/\s*svelte-[a-z0-9]+/g, '')
			.replace(/ class="\s*([^"]*?)\s*"/g, (_, c: string) => (c ? ` class="${c}"` : ''))
			.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
			.replace(/>\s*</g, '>\n<')
			.trim() + '\n'
	);
}

const editions = ['SSME 2016', 'SSME 2018', 'SSME 2020', 'SSME 2022', 'SSME 2024'];
const series: LineSeries[] = [
	{
		key: '05',
		label: 'Antioquia',
		colour: '#0072B2',
		// 2020 missing: the line must break there, with the 2022 dot drawn alone.
		points: [
			{ x: 'SSME 2016', y: 120, n: 4 },
			{ x: 'SSME 2018', y: 150, n: 5 },
			{ x: 'SSME 2020', y: null, n: 0 },
			{ x: 'SSME 2022', y: 170, n: 5 },
			{ x: 'SSME 2024', y: null, n: 0 }
		]
	},
	{
		key: 'mediana',
		label: 'Mediana de los departamentos',
		colour: '#000000',
		dashed: true,
		points: editions.map((x, i) => ({ x, y: 100 + 10 * i, n: 30 }))
	}
];

describe('chart SVG snapshots (svelte/server, 600 × 260)', () => {
	it('LineChart: gapped line, dashed comparison, axes', async () => {
		const { body } = render(LineChart, {
			props: {
				id: 'prueba',
				title: 'Empleos por edición',
				description: 'Antioquia frente a la mediana',
				series,
				x: { type: 'band', domain: editions },
				yDomain: [0, 200],
				yUnit: 'empleos',
				describe: (s, p) => ({ title: s.label, lines: [`${p.y}`, `${p.n} iniciativas`] }),
				width: 600,
				height: 260
			}
		});
		const svg = normalise(body);
		// Two sub-paths for Antioquia (2016–2018, then 2022 alone), one for the comparison.
		expect(svg.match(/data-serie="05"[^>]*>/g)?.length).toBeGreaterThan(0);
		expect(svg).toContain('stroke-dasharray="6 4"');
		await expect(svg).toMatchFileSnapshot('../../../tests/snapshots/line-chart.svg');
	});

	it('StackedBarChart: shares of three levels, one edition missing', async () => {
		const level = (k: string, v: number, colour: string) => ({
			key: k,
			label: `nivel ${k}`,
			colour,
			value: v,
			n: v / 5
		});
		const { body } = render(StackedBarChart, {
			props: {
				id: 'niveles',
				title: 'Nivel de madurez',
				description: 'Porcentaje de iniciativas por nivel',
				domain: editions,
				bars: [
					{
						x: 'SSME 2016',
						segments: [
							level('1', 50, '#edf8b1'),
							level('2', 30, '#7fcdbb'),
							level('3', 20, '#2c7fb8')
						]
					},
					{ x: 'SSME 2020', segments: [level('2', 40, '#7fcdbb'), level('3', 60, '#2c7fb8')] }
				],
				describe: (b, s) => ({ title: s.label, lines: [`${s.value} %`] }),
				width: 600,
				height: 260
			}
		});
		const svg = normalise(body);
		expect(svg.match(/<rect/g)).toHaveLength(5);
		await expect(svg).toMatchFileSnapshot('../../../tests/snapshots/stacked-bar-chart.svg');
	});
});

import { SaxesParser } from 'saxes';
import { render } from 'svelte/server';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildDepartmentsTopology } from '../../../scripts/lib/geo';
import Map from '$lib/map/Map.svelte';
import { VIEW, departmentShapes } from '$lib/map/projection';
import { departmentFeatures } from '$lib/map/topo';
import { mapSource, SAMPLE_LABEL, type ExportMeta } from './meta';
import { buildSvgDocument, type ExportLegend } from './svg-document';
import { wrapText } from './svg-text';

const departamentos = readFileSync('data/reference/departamentos.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => ({ divipola: line.slice(0, 2), nombre: line.split(',')[1]! }));
const shapes = departmentShapes(
	departmentFeatures(JSON.parse(buildDepartmentsTopology(departamentos)) as Topology)
);

/** The map's SVG as the site renders it (server-side), inner markup only. */
function mapMarkup(): string {
	const { body } = render(Map, {
		props: {
			shapes,
			title: 'Mapa',
			fillOf: (id: string) => (id === '05' ? '#225ea8' : null),
			labelOf: (id: string) => id,
			tooltipOf: () => [],
			selected: null,
			onselect: () => {}
		}
	});
	const inner = body.match(/<svg[^>]*>([\s\S]*)<\/svg>/);
	if (!inner) throw new Error('no <svg> in the rendered map');
	return inner[1]!.replace(/<!--[\s\S]*?-->/g, '');
}

/** Parses XML strictly; returns element names and all text, or throws on malformed input. */
function parseXml(xml: string) {
	const parser = new SaxesParser({ xmlns: true });
	const elements: { name: string; attributes: Record<string, string> }[] = [];
	const text: string[] = [];
	parser.on('opentag', (t) =>
		elements.push({
			name: t.local,
			attributes: Object.fromEntries(Object.entries(t.attributes).map(([k, a]) => [k, a.value]))
		})
	);
	parser.on('text', (t) => text.push(t));
	parser.on('error', (e) => {
		throw e;
	});
	parser.write(xml).close();
	return { elements, text: text.join('\n') };
}

const meta: ExportMeta = {
	title: 'Empresas vinculadas por departamento · SSME 2024 · Agroindustria & <café>',
	filters: [{ label: 'Indicador', value: 'Empresas vinculadas' }],
	version: 'abc123def456',
	generado: '2024-11-30T12:00:00.000Z',
	muestra: true,
	source: mapSource(),
	exportedAt: new Date('2025-01-02T15:00:00Z')
};
const legend: ExportLegend = {
	title: 'Empresas vinculadas',
	entries: [
		{ label: 'menos de 10', colour: '#ffffcc' },
		{ label: '10 – 20', colour: '#a1dab4' },
		{ label: '20 o más', colour: '#225ea8' },
		{ label: 'Sin datos', colour: null }
	],
	note: 'Más oscuro: valor más alto.'
};

describe('buildSvgDocument', () => {
	const doc = buildSvgDocument({
		chart: { markup: mapMarkup(), width: VIEW.width, height: VIEW.height },
		meta,
		subtitle: 'Suma de las iniciativas que reportan.',
		legend,
		fontCss: "@font-face{font-family:'Noto Sans';src:url(data:font/woff2;base64,AAAA)}"
	});
	const xml = parseXml(doc.svg);

	it('parses as XML with the SVG namespace and a size', () => {
		expect(xml.elements[0]!.name).toBe('svg');
		expect(xml.elements[0]!.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
		expect(Number(xml.elements[0]!.attributes.width)).toBe(doc.width);
		expect(Number(xml.elements[0]!.attributes.height)).toBe(doc.height);
		expect(doc.height).toBeGreaterThan(VIEW.height);
	});

	it('contains the title (escaped), legend entries, 33 departments, source, date and sample label', () => {
		expect(xml.text).toContain(meta.title);
		for (const e of legend.entries) expect(xml.text).toContain(e.label);
		expect(xml.text).toContain('Más oscuro: valor más alto.');
		const paths = xml.elements.filter((e) => e.name === 'path' && e.attributes['data-divipola']);
		expect(paths).toHaveLength(33);
		expect(xml.text).toContain(mapSource());
		expect(xml.text).toContain('2 de enero de 2025');
		expect(xml.text).toContain('abc123def456');
		expect(xml.text).toContain(SAMPLE_LABEL);
		expect(doc.svg).toContain('@font-face');
		// Four legend swatches, the last hatched like "sin datos" on the map.
		const swatches = xml.elements.filter(
			(e) => e.name === 'rect' && e.attributes.stroke === '#6b7280'
		);
		expect(swatches.map((s) => s.attributes.fill)).toEqual([
			'#ffffcc',
			'#a1dab4',
			'#225ea8',
			'url(#export-hatch)'
		]);
	});

	it('leaves the sample label out when the data are real', () => {
		const real = buildSvgDocument({
			chart: { markup: '<rect width="10" height="10"/>', width: 100, height: 50 },
			meta: { ...meta, muestra: false }
		});
		expect(parseXml(real.svg).text).not.toContain(SAMPLE_LABEL);
		expect(real.width).toBeGreaterThanOrEqual(480);
	});
});

describe('buildSvgDocument with several charts and line swatches', () => {
	it('stacks small multiples and draws line entries as lines (dashed when asked)', () => {
		const doc = buildSvgDocument({
			chart: [
				{ markup: '<circle cx="5" cy="5" r="4"/>', width: 700, height: 200 },
				{ markup: '<circle cx="5" cy="5" r="4"/>', width: 700, height: 200 }
			],
			meta: { ...meta, muestra: false },
			legend: {
				title: 'Series',
				entries: [
					{ label: 'Antioquia', colour: '#e69f00', shape: 'line' },
					{ label: 'Nacional', colour: '#000000', shape: 'line', dashed: true }
				]
			}
		});
		const xml = parseXml(doc.svg);
		const nested = xml.elements.filter((e) => e.name === 'svg' && e.attributes.class === 'chart');
		expect(nested.map((n) => Number(n.attributes.y))).toEqual([
			Number(nested[0]!.attributes.y),
			Number(nested[0]!.attributes.y) + 212
		]);
		expect(doc.width).toBe(740);
		const lines = xml.elements.filter(
			(e) => e.name === 'line' && e.attributes['stroke-width'] === '2.5'
		);
		expect(lines.map((l) => [l.attributes.stroke, l.attributes['stroke-dasharray']])).toEqual([
			['#e69f00', undefined],
			['#000000', '5 3']
		]);
	});
});

describe('legend line swatches as the on-screen chart draws its series', () => {
	it('draws each entry with its own dash, width and marker shape (hollow for a median)', () => {
		const doc = buildSvgDocument({
			chart: { markup: '<circle cx="5" cy="5" r="4"/>', width: 700, height: 200 },
			meta: { ...meta, muestra: false },
			legend: {
				title: 'Series',
				entries: [
					{ label: 'Iniciativa', colour: '#0072b2', shape: 'line', marker: 'circle', width: 3 },
					{
						label: 'Sector',
						colour: '#e69f00',
						shape: 'line',
						dashed: true,
						dash: '7 4',
						marker: 'square',
						width: 2
					},
					{
						label: 'Depto',
						colour: '#009e73',
						shape: 'line',
						dashed: true,
						dash: '2 3',
						marker: 'diamond',
						width: 2
					}
				]
			}
		});
		const xml = parseXml(doc.svg);
		const inLegend = (e: { attributes: Record<string, string> }) =>
			['#0072b2', '#e69f00', '#009e73'].includes(e.attributes.stroke ?? '');
		const lines = xml.elements.filter((e) => e.name === 'line' && inLegend(e));
		expect(
			lines.map((l) => [
				l.attributes.stroke,
				l.attributes['stroke-width'],
				l.attributes['stroke-dasharray']
			])
		).toEqual([
			['#0072b2', '3', undefined],
			['#e69f00', '2', '7 4'],
			['#009e73', '2', '2 3']
		]);
		const circles = xml.elements.filter((e) => e.name === 'circle' && inLegend(e));
		expect(circles.map((c) => c.attributes.fill)).toEqual(['#0072b2']);
		const markers = xml.elements.filter((e) => e.name === 'path' && inLegend(e));
		expect(markers.map((m) => [m.attributes.stroke, m.attributes.fill])).toEqual([
			['#e69f00', '#ffffff'],
			['#009e73', '#ffffff']
		]);
		// A square has right angles (H/V), a diamond only diagonals (L).
		expect(markers[0]!.attributes.d).toMatch(/H.*V/);
		expect(markers[1]!.attributes.d).toMatch(/L.*L.*L/);
	});
});

describe('buildSvgDocument with labelled panels', () => {
	it('draws each panel label above its chart, in order', () => {
		const panel = (label: string) => ({
			markup: '<rect width="5" height="5"/>',
			width: 300,
			height: 160,
			label
		});
		const doc = buildSvgDocument({
			chart: [panel('Agroindustria'), panel('Turismo & <ocio>')],
			meta: { ...meta, muestra: false }
		});
		const xml = parseXml(doc.svg);
		expect(xml.text).toContain('Agroindustria');
		expect(xml.text).toContain('Turismo & <ocio>');
		expect(xml.text.indexOf('Agroindustria')).toBeLessThan(xml.text.indexOf('Turismo'));
		const nested = xml.elements.filter((e) => e.name === 'svg' && e.attributes.class === 'chart');
		// Each panel: its label line (16 + 4) plus the chart (160) and the gap (12).
		expect(Number(nested[1]!.attributes.y) - Number(nested[0]!.attributes.y)).toBe(192);
	});
});

describe('wrapText', () => {
	it('breaks long text into lines within the width, keeping every word', () => {
		const text = 'Número de empresas vinculadas a la iniciativa por departamento y sector';
		const lines = wrapText(text, 150, 12);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe(text);
	});
});

// Hostile values in the published data (names with markup, quotes, emoji, 500 characters; source
// URLs with `javascript:`), rendered by the real components with svelte/server: everything must
// come out as escaped text, no element or attribute may be injected, and no unsafe link produced.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { DepartmentDetail } from '../../src/lib/data/DepartmentDetail.svelte';
import type { Departamento } from '../../src/lib/data/types';
import { catalog, indicator, madurez } from '../../src/lib/test-fixtures';
import DepartmentPanel from '../../src/lib/map/DepartmentPanel.svelte';
import DepartmentTable from '../../src/lib/map/DepartmentTable.svelte';
import Legend from '../../src/lib/map/Legend.svelte';
import Map from '../../src/lib/map/Map.svelte';
import type { DeptShape } from '../../src/lib/map/projection';
import Banner from '../../src/lib/ui/Banner.svelte';
import ContextStrip from '../../src/lib/ui/ContextStrip.svelte';
import Hitos from '../../src/lib/evolution/Hitos.svelte';
import EngineStatus from '../../src/lib/ui/EngineStatus.svelte';
import Notices from '../../src/lib/ui/Notices.svelte';
import Select from '../../src/lib/ui/Select.svelte';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(2)>';
const QUOTES = `Clúster "Café" & 'Cacao' <b>negrita</b>`;
const EMOJI = 'Clúster 🚀☕ Café de Colombia 👩🏽‍🌾';
const LONG = `Clúster ${'muy largo '.repeat(49)}fin`.slice(0, 500);
const NAMES = [SCRIPT, IMG, QUOTES, EMOJI, LONG];

/**
 * Tags and attribute names of the markup itself, and the text between tags, found by a small
 * HTML tokenizer (Svelte always double-quotes attribute values, so a quote inside one can only
 * end it if the renderer failed to escape it).
 */
function markup(html: string): { tags: string[]; attributes: string[]; text: string } {
	const tags: string[] = [];
	const attributes: string[] = [];
	let text = '';
	let i = 0;
	while (i < html.length) {
		if (html.startsWith('<!--', i)) {
			i = html.indexOf('-->', i) + 3;
			continue;
		}
		if (html[i] === '<' && /[a-zA-Z/]/.test(html[i + 1] ?? '')) {
			const name = /^<\/?([a-zA-Z][\w-]*)/.exec(html.slice(i))!;
			if (!name[0].startsWith('</')) tags.push(name[1]!.toLowerCase());
			i += name[0].length;
			for (;;) {
				const attr = /^\s+([^\s=>/"]+)(?:="([^"]*)")?/.exec(html.slice(i));
				if (!attr) break;
				attributes.push(attr[1]!.toLowerCase());
				i += attr[0].length;
			}
			const close = /^\s*\/?>/.exec(html.slice(i));
			if (!close) throw new Error(`malformed tag near: ${html.slice(i, i + 80)}`);
			i += close[0].length;
			continue;
		}
		text += html[i];
		i++;
	}
	return { tags, attributes, text: decode(text) };
}

function decode(s: string): string {
	return s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
}

/** No script, image or handler came out of the data; every name reads back as plain text. */
function expectInert(html: string, names: string[] = NAMES) {
	const { tags, attributes, text } = markup(html);
	expect(tags).not.toContain('script');
	expect(tags).not.toContain('img');
	expect(tags).not.toContain('b');
	expect(attributes.filter((a) => a.startsWith('on'))).toEqual([]);
	expect(html).not.toMatch(/href="\s*javascript:/i);
	const attrText = decode([...html.matchAll(/="([^"]*)"/g)].map((m) => m[1]).join('\n'));
	for (const n of names) expect(`${text}\n${attrText}`).toContain(n);
}

const hostileInd = indicator({
	nombre: SCRIPT,
	descripcion: IMG
});

describe('components render hostile data as text', () => {
	it('DepartmentPanel: initiative names, sectors and municipalities', () => {
		const detail = {
			initiatives: NAMES.map((nombre, i) => ({
				iniciativa_id: `i${i}`,
				nombre,
				municipio: i % 2 ? IMG : null,
				sector: QUOTES,
				principal: i % 2 === 0,
				valor: i
			})),
			series: [{ edicion: 1, valor: 3, n_reportan: 1, n_iniciativas: 2 }],
			loading: false,
			error: null
		} as unknown as DepartmentDetail;
		const { body } = render(DepartmentPanel, {
			props: {
				nombre: LONG,
				ind: hostileInd,
				edicion: 1,
				ediciones: catalog.ediciones,
				detail,
				onclose: () => {}
			}
		});
		expectInert(body);
		expect(markup(body).tags.filter((t) => t === 'li')).toHaveLength(NAMES.length);
	});

	it('DepartmentPanel: a hostile error message', () => {
		const detail = {
			initiatives: [],
			series: [],
			loading: false,
			error: SCRIPT
		} as unknown as DepartmentDetail;
		const { body } = render(DepartmentPanel, {
			props: {
				nombre: EMOJI,
				ind: hostileInd,
				edicion: 1,
				ediciones: catalog.ediciones,
				detail,
				onclose: () => {}
			}
		});
		expectInert(body, [SCRIPT, EMOJI]);
	});

	it('DepartmentTable: department names and the indicator as caption and header', () => {
		const departamentos: Departamento[] = NAMES.map((nombre, i) => ({
			divipola: String(10 + i),
			nombre,
			nombre_corto: nombre
		}));
		const { body } = render(DepartmentTable, {
			props: {
				ind: hostileInd,
				caption: QUOTES,
				departamentos,
				values: [{ divipola: '10', valor: 1, n_reportan: 1, n_iniciativas: 1 }],
				ranks: new globalThis.Map([['10', 1]])
			}
		});
		expectInert(body);
		expect(markup(body).tags.filter((t) => t === 'tr')).toHaveLength(NAMES.length + 1);
	});

	it('Legend: indicator name and category levels', () => {
		const ind = {
			...madurez,
			nombre: SCRIPT,
			niveles: [IMG, QUOTES, EMOJI],
			etiquetasNiveles: [IMG, QUOTES, EMOJI]
		};
		const { body } = render(Legend, {
			props: {
				ind,
				classes: { kind: 'ordinal', levels: ind.niveles },
				colours: ['#edf8b1', '#7fcdbb', '#2c7fb8']
			}
		});
		expectInert(body, [SCRIPT, IMG, QUOTES, EMOJI]);
	});

	it('Map: names in aria-labels stay inside their attribute', () => {
		const shapes: DeptShape[] = NAMES.map((nombre, i) => ({
			id: String(10 + i),
			nombre,
			d: 'M0,0L10,0L10,10Z',
			cx: 5,
			cy: 5,
			box: [0, 0, 10, 10],
			inset: false
		}));
		const { body } = render(Map, {
			props: {
				shapes,
				title: QUOTES,
				fillOf: () => null,
				labelOf: (id: string) => `${shapes.find((s) => s.id === id)!.nombre}. ${IMG}`,
				tooltipOf: () => [SCRIPT],
				selected: '10',
				onselect: () => {}
			}
		});
		expectInert(body, [IMG, QUOTES]);
		// One path per department: a quote in a label did not end the attribute and start another.
		expect(body.match(/data-divipola="/g)).toHaveLength(NAMES.length);
		const labels = [...body.matchAll(/aria-label="([^"]*)"/g)].map((m) => decode(m[1]!));
		expect(labels).toContain(`${SCRIPT}. ${IMG}`);
	});

	it('ContextStrip: a javascript: source is not a link; labels are text', () => {
		const { body } = render(ContextStrip, {
			props: {
				hitos: [
					{
						anio: 2025,
						iniciativas: 1,
						departamentos: 1,
						empresas: 1,
						descripcion: SCRIPT,
						fuente: 'javascript:alert(1)'
					}
				],
				coyuntura: [
					{
						indicador: SCRIPT,
						periodo: IMG,
						valor: 1,
						unidad: QUOTES,
						variacion: 1,
						unidad_variacion: EMOJI,
						referencia: LONG,
						fuente: IMG
					}
				]
			}
		});
		expectInert(body, [SCRIPT, IMG, QUOTES, EMOJI, LONG]);
		expect(markup(body).tags).not.toContain('a');
	});

	it('Hitos: javascript: and data: sources are text, never an href; an https source stays a link', () => {
		const hito = (anio: number, fuente: string) => ({
			anio,
			iniciativas: 1,
			departamentos: 1,
			empresas: 1,
			descripcion: SCRIPT,
			fuente
		});
		const { body } = render(Hitos, {
			props: {
				hitos: [
					hito(2023, 'javascript:alert(1)'),
					hito(2024, ' JaVaScRiPt:alert(2)'),
					hito(2025, 'data:text/html,<script>alert(3)</script>'),
					hito(2026, 'https://www.confecamaras.org.co/')
				]
			}
		});
		expectInert(body, [SCRIPT]);
		const hrefs = [...body.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
		expect(hrefs).toEqual(['https://www.confecamaras.org.co/']);
	});

	it('ContextStrip: an https source stays a link', () => {
		const { body } = render(ContextStrip, {
			props: {
				hitos: [
					{
						anio: 2025,
						iniciativas: 1,
						departamentos: 1,
						empresas: 1,
						descripcion: '',
						fuente: 'https://www.confecamaras.org.co/'
					}
				],
				coyuntura: []
			}
		});
		expect(body).toContain('href="https://www.confecamaras.org.co/"');
	});

	it('Banner, Notices, EngineStatus and Select: text from the manifest, the URL or an error', () => {
		const html = [
			render(Banner, { props: { text: SCRIPT } }).body,
			render(Notices, { props: { notices: [IMG, QUOTES], ondismiss: () => {} } }).body,
			render(EngineStatus, {
				props: { status: 'error', progress: '', error: SCRIPT, updating: false }
			}).body,
			render(Select, {
				props: {
					id: 'x',
					label: QUOTES,
					value: IMG,
					options: NAMES.map((n) => ({ value: n, label: n, group: EMOJI })),
					onchange: () => {}
				}
			}).body
		].join('\n');
		expectInert(html);
	});
});

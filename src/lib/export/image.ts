/**
 * Image export in the browser: the chart's live `<svg>` becomes standalone markup (styles that
 * came from stylesheets inlined, interactivity stripped), wrapped by `buildSvgDocument` with
 * title, legend and footer, fonts embedded; PNG is that SVG drawn to a canvas at 2×.
 */
import font400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import font700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import type { ChartMarkup } from './svg-document';
import * as m from '$lib/i18n/messages/export';

export { buildSvgDocument, type ExportLegend, type LegendEntry } from './svg-document';

/** Presentation properties copied from computed style, so the SVG looks the same without our CSS. */
const STYLE_PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linejoin',
	'stroke-linecap',
	'opacity',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'visibility',
	'display'
];
/** Attributes that only matter on the page (focus, ARIA, handlers' hooks, scoped classes). */
const DROP = /^(tabindex|role|aria-.*|class|on.*|style)$/;

/** A chart to export: its live `<svg>`, or a small multiple's `<svg>` with its panel name. */
export type ExportChart = SVGSVGElement | { svg: SVGSVGElement; label?: string };

/**
 * The chart's `<svg>` as standalone inner markup plus its viewBox size. Pass each panel of a
 * small-multiples chart separately (`buildSvgDocument` stacks them, under their labels).
 */
export function serializeChart(chart: ExportChart): ChartMarkup {
	const svg = 'svg' in chart ? chart.svg : chart;
	const label = 'svg' in chart ? chart.label : undefined;
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	originals.forEach((el, i) => {
		const copy = copies[i]!;
		const cs = getComputedStyle(el);
		for (const a of [...copy.attributes]) if (DROP.test(a.name)) copy.removeAttribute(a.name);
		if (i === 0) return;
		const style = STYLE_PROPS.map((p) => [p, cs.getPropertyValue(p)] as const)
			.filter(([, v]) => v !== '')
			.map(([p, v]) => `${p}:${v}`);
		copy.setAttribute('style', style.join(';'));
	});
	// What only the page shows (the map's focus and selection rings) is not part of the image.
	for (const el of clone.querySelectorAll('[data-export="omitir"]')) el.remove();
	const vb = svg.viewBox.baseVal;
	const rect = svg.getBoundingClientRect();
	const markup = [...clone.childNodes]
		.map((n) => (n.nodeType === Node.ELEMENT_NODE ? new XMLSerializer().serializeToString(n) : ''))
		.join('');
	return {
		markup,
		width: vb && vb.width ? vb.width : Math.round(rect.width),
		height: vb && vb.height ? vb.height : Math.round(rect.height),
		...(label ? { label } : {})
	};
}

async function dataUrl(url: string): Promise<string> {
	const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return `data:font/woff2;base64,${btoa(binary)}`;
}

let fonts: Promise<string> | undefined;

/** `@font-face` rules for Noto Sans 400/700 with the woff2 inlined (fetched once, same origin). */
export function embeddedFontCss(): Promise<string> {
	fonts ??= Promise.all([dataUrl(font400), dataUrl(font700)]).then(([regular, bold]) =>
		[
			[regular, 400],
			[bold, 700]
		]
			.map(
				([src, w]) =>
					`@font-face{font-family:'Noto Sans';font-style:normal;font-weight:${w};src:url(${src}) format('woff2')}`
			)
			.join('')
	);
	fonts.catch(() => (fonts = undefined));
	return fonts;
}

/** Draws an SVG document onto a canvas `scale` times its size and returns the PNG. */
export async function svgToPng(
	svg: string,
	width: number,
	height: number,
	scale = 2
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image(width, height);
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error(m.noCanvas());
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(m.noPng()))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

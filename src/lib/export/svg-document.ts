import { markerPath } from '$lib/charts/marks/marker';
import type { MarkerShape } from '$lib/charts/types';
import { formatDate } from '$lib/format/indicator';
import * as m from '$lib/i18n/messages/export';
import { sampleLabel, type ExportMeta } from './meta';
import { escapeXml, textWidth, wrapText } from './svg-text';

/**
 * A legend entry; `colour: null` is the hatched "sin datos" swatch. `shape: 'line'` draws a
 * series' line with its point as the chart draws it: dashed if `dashed` (pattern `dash`, else
 * "5 3"), hollow marker for a dashed series, marker shape `marker` (circle by default), line
 * width `width` (2.5 by default), the same as `$lib/charts`' on-screen `Legend`.
 */
export interface LegendEntry {
	label: string;
	colour: string | null;
	shape?: 'square' | 'line';
	dashed?: boolean;
	dash?: string;
	marker?: MarkerShape;
	width?: number;
}

/** A line entry's swatch (16 × 12 at x, y): its line, then its marker in the middle. */
export function lineSwatch(e: LegendEntry, x: number, y: number): string {
	const stroke = escapeXml(e.colour ?? 'url(#export-hatch)');
	const fill = e.dashed ? '#ffffff' : stroke;
	const dash = e.dash ?? (e.dashed ? '5 3' : null);
	const cx = x + 8;
	const cy = y + 6;
	const marker =
		!e.marker || e.marker === 'circle'
			? `<circle cx="${cx}" cy="${cy}" r="3" fill="${fill}" stroke="${stroke}"/>`
			: `<path d="${markerPath(e.marker, cx, cy, 3)}" fill="${fill}" stroke="${stroke}"/>`;
	return (
		`<line x1="${x}" x2="${x + 16}" y1="${cy}" y2="${cy}" stroke="${stroke}" stroke-width="${e.width ?? 2.5}"` +
		`${dash ? ` stroke-dasharray="${escapeXml(dash)}"` : ''}/>${marker}`
	);
}

/** A legend drawn into the export (the on-page legend is HTML and would not be part of the SVG). */
export interface ExportLegend {
	title: string;
	entries: LegendEntry[];
	note?: string;
}

/** The chart itself: the inner markup of its `<svg>` and the size of its viewBox. */
export interface ChartMarkup {
	markup: string;
	width: number;
	height: number;
	/** A heading drawn above the chart (a small multiple's panel name, e.g. its sector). */
	label?: string;
}

export interface SvgDocumentParts {
	/** One chart, or several (small multiples) stacked top to bottom. */
	chart: ChartMarkup | ChartMarkup[];
	meta: ExportMeta;
	subtitle?: string;
	legend?: ExportLegend;
	/** `@font-face` rules (with the fonts as data URLs) so the file renders the same anywhere. */
	fontCss?: string;
}

const PAD = 20;
const FONT = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
const MIN_CONTENT = 480;
const MAX_CONTENT = 960;

function textLines(
	lines: string[],
	x: number,
	y: number,
	size: number,
	lineHeight: number,
	attrs = ''
): string {
	return lines
		.map(
			(l, i) =>
				`<text x="${x}" y="${y + i * lineHeight}" font-size="${size}"${attrs}>${escapeXml(l)}</text>`
		)
		.join('');
}

/** The legend as SVG, flowed into rows that fit `width`; returns its markup and height. */
export function legendSvg(legend: ExportLegend, x: number, y: number, width: number) {
	const parts: string[] = [];
	const titleLines = wrapText(legend.title, width, 12);
	parts.push(textLines(titleLines, x, y + 12, 12, 16, ' font-weight="700" fill="#1a1a1a"'));
	let cy = y + titleLines.length * 16 + 4;
	let cx = x;
	const row = 20;
	for (const e of legend.entries) {
		const w = 16 + 6 + textWidth(e.label, 11) + 16;
		if (cx > x && cx + w > x + width) {
			cx = x;
			cy += row;
		}
		const fill = escapeXml(e.colour ?? 'url(#export-hatch)');
		const swatch =
			e.shape === 'line'
				? lineSwatch(e, cx, cy)
				: `<rect x="${cx}" y="${cy}" width="16" height="12" fill="${fill}" stroke="#6b7280" stroke-width="1"/>`;
		parts.push(
			`<g class="legend-entry">${swatch}` +
				`<text x="${cx + 22}" y="${cy + 10.5}" font-size="11" fill="#1a1a1a">${escapeXml(e.label)}</text></g>`
		);
		cx += w;
	}
	cy += row;
	if (legend.note) {
		const noteLines = wrapText(legend.note, width, 10.5);
		parts.push(textLines(noteLines, x, cy + 8, 10.5, 14, ' fill="#4b5563"'));
		cy += noteLines.length * 14;
	}
	return { markup: `<g class="legend">${parts.join('')}</g>`, height: cy - y };
}

/**
 * A standalone SVG document of a chart: sample-data band (when `muestra`), title, subtitle, the
 * chart at its own coordinates (nested `<svg>` with its viewBox), the legend, and a footer with
 * source, data version and dates. Pure: runs in the browser and in Node tests alike.
 */
export function buildSvgDocument(p: SvgDocumentParts): {
	svg: string;
	width: number;
	height: number;
} {
	const { meta } = p;
	const charts = Array.isArray(p.chart) ? p.chart : [p.chart];
	const widest = Math.max(...charts.map((c) => c.width));
	const scale = Math.min(1, MAX_CONTENT / widest);
	const content = Math.max(Math.round(widest * scale), MIN_CONTENT);
	const width = content + 2 * PAD;
	const body: string[] = [];
	let y = PAD;

	if (meta.muestra) {
		const lines = wrapText(sampleLabel(), content - 16, 12);
		const h = lines.length * 16 + 12;
		body.push(
			`<g class="muestra"><rect x="${PAD}" y="${y}" width="${content}" height="${h}" fill="#fff4ce" stroke="#b58100" stroke-width="1.5" rx="3"/>` +
				textLines(lines, PAD + 8, y + 19, 12, 16, ' font-weight="700" fill="#3d2c00"') +
				'</g>'
		);
		y += h + 12;
	}
	const titleLines = wrapText(meta.title, content, 17);
	body.push(textLines(titleLines, PAD, y + 17, 17, 22, ' font-weight="700" fill="#1a1a1a"'));
	y += titleLines.length * 22 + 2;
	if (p.subtitle) {
		const sub = wrapText(p.subtitle, content, 11.5);
		body.push(textLines(sub, PAD, y + 12, 11.5, 15, ' fill="#4b5563"'));
		y += sub.length * 15 + 2;
	}
	y += 8;
	for (const chart of charts) {
		if (chart.label) {
			const lines = wrapText(chart.label, content, 12.5);
			body.push(textLines(lines, PAD, y + 13, 12.5, 16, ' font-weight="700" fill="#1a1a1a"'));
			y += lines.length * 16 + 4;
		}
		const chartW = Math.round(chart.width * scale);
		const chartH = Math.round(chart.height * scale);
		const chartX = PAD + Math.round((content - chartW) / 2);
		body.push(
			`<svg class="chart" x="${chartX}" y="${y}" width="${chartW}" height="${chartH}" viewBox="0 0 ${chart.width} ${chart.height}" overflow="hidden">${chart.markup}</svg>`
		);
		y += chartH + 12;
	}
	if (p.legend) {
		const lg = legendSvg(p.legend, PAD, y, content);
		body.push(lg.markup);
		y += lg.height + 12;
	}
	const footer = [
		meta.source,
		m.imageDates(
			meta.version,
			formatDate(meta.generado),
			formatDate(meta.exportedAt.toISOString())
		),
		...(meta.muestra ? [sampleLabel()] : []),
		...(meta.url ? [meta.url] : [])
	].flatMap((l) => wrapText(l, content, 10));
	body.push(`<g class="footer">${textLines(footer, PAD, y + 10, 10, 14, ' fill="#4b5563"')}</g>`);
	y += footer.length * 14 + PAD;

	const height = Math.ceil(y);
	const svg =
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}" role="img" aria-labelledby="export-title">` +
		`<title id="export-title">${escapeXml(meta.title)}</title>` +
		(p.fontCss ? `<style>${p.fontCss}</style>` : '') +
		`<defs><pattern id="export-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4f4f4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#9ca3af" stroke-width="1.5"/></pattern></defs>` +
		`<rect width="${width}" height="${height}" fill="#ffffff"/>` +
		body.join('') +
		`</svg>\n`;
	return { svg, width, height };
}

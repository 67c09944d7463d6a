/**
 * What each toolbar button does, apart from the markup: build the file and hand it to the browser.
 */
import { downloadBlob, MIME } from './download';
import { exportFilename } from './filename';
import {
	buildSvgDocument,
	embeddedFontCss,
	serializeChart,
	svgToPng,
	type ExportChart
} from './image';
import { exportCsv } from './export-csv';
import { keyValueMetadata, type ExportMeta } from './meta';
import { toParquet } from './parquet';
import type { ExportLegend } from './svg-document';
import type { ExportTable } from './table';

/** Downloads the table as CSV with the export's comment lines. */
export function downloadCsv(table: ExportTable, meta: ExportMeta, parts: (string | number)[]) {
	const csv = exportCsv(table, meta);
	downloadBlob(new Blob([csv], { type: MIME.csv }), exportFilename(parts, 'csv'));
}

/** Downloads the table as Parquet with the export's key-value metadata. */
export function downloadParquet(table: ExportTable, meta: ExportMeta, parts: (string | number)[]) {
	const bytes = toParquet(table.rows, table.columns, keyValueMetadata(meta));
	downloadBlob(
		new Blob([bytes as Uint8Array<ArrayBuffer>], { type: MIME.parquet }),
		exportFilename(parts, 'parquet')
	);
}

/** The standalone SVG document of a chart (fonts embedded). */
export async function chartSvgDocument(
	svg: ExportChart | ExportChart[],
	meta: ExportMeta,
	legend?: ExportLegend,
	subtitle?: string
) {
	return buildSvgDocument({
		chart: Array.isArray(svg) ? svg.map(serializeChart) : serializeChart(svg),
		meta,
		legend,
		subtitle,
		fontCss: await embeddedFontCss()
	});
}

/** Downloads the chart as SVG or as PNG at twice its size. */
export async function downloadImage(
	format: 'svg' | 'png',
	svg: ExportChart | ExportChart[],
	meta: ExportMeta,
	parts: (string | number)[],
	legend?: ExportLegend,
	subtitle?: string
) {
	const doc = await chartSvgDocument(svg, meta, legend, subtitle);
	const blob =
		format === 'svg'
			? new Blob([doc.svg], { type: MIME.svg })
			: await svgToPng(doc.svg, doc.width, doc.height, 2);
	downloadBlob(blob, exportFilename(parts, format));
}

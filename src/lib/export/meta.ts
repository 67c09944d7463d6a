/**
 * What every export says about itself: the filters behind it, the data version, when it was made,
 * whether the data are synthetic, and the source. The same facts become CSV comment lines, Parquet
 * key-value metadata and the footer of exported images.
 */

import * as m from '../i18n/messages/export';

/**
 * The label that marks synthetic sample data, in Spanish (kept for old call sites and tests):
 * exports use {@link sampleLabel}, in the page's language.
 */
export const SAMPLE_LABEL = m.sampleLabel.es;

/** The label that marks synthetic sample data in every export, in the page's language. */
export function sampleLabel(): string {
	return m.sampleLabel();
}

/** Source of the indicators (names only: the same in both languages). */
export const DATA_SOURCE = 'SSME, Red Clúster Colombia — Confecámaras';

/** "Fuente: SSME, …" in the page's language. */
export function dataSource(): string {
	return m.sourceLine(DATA_SOURCE);
}

/** The map's source line in the page's language. */
export function mapSource(): string {
	return m.sourceLine(m.boundariesSource(DATA_SOURCE));
}

/** A source line ({@link dataSource}, {@link mapSource}) without its "Fuente: " / "Source: " word. */
function sourceName(source: string): string {
	const word = m.sourceLine('');
	return source.startsWith(word) ? source.slice(word.length) : source;
}

/** One filter as shown in the controls ("Indicador" = "Empresas vinculadas"). */
export interface ExportFilter {
	label: string;
	value: string;
}

export interface ExportMeta {
	/** The chart's title as shown on the page. */
	title: string;
	filters: ExportFilter[];
	/** Manifest `version` of the published data. */
	version: string;
	/** Manifest `generado`: when the data were published (ISO). */
	generado: string;
	/** Manifest `muestra`: the data are synthetic. */
	muestra: boolean;
	/** Source line in the page's language: {@link dataSource} or {@link mapSource}. */
	source: string;
	/** When the file was made. */
	exportedAt: Date;
	/** Address of the view the export comes from (optional). */
	url?: string;
}

/** "Indicador = X; Edición = Y" */
export function describeFilters(filters: ExportFilter[]): string {
	return filters.map((f) => `${f.label} = ${f.value}`).join('; ');
}

/** The `# ` comment lines of a CSV export (without the `# `; `toCsv` adds it). */
export function commentLines(e: ExportMeta): string[] {
	return [
		m.csvTitle(e.title),
		...(e.muestra ? [sampleLabel()] : []),
		m.csvFilters(describeFilters(e.filters)),
		m.csvVersion(e.version, e.generado),
		m.csvGenerated(e.exportedAt.toISOString()),
		m.csvSource(sourceName(e.source)),
		...(e.url ? [m.csvView(e.url)] : []),
		m.csvNumbers()
	];
}

/** Key-value metadata of a Parquet export (keys prefixed `tablero.`; filters as JSON). */
export function keyValueMetadata(e: ExportMeta): { key: string; value: string }[] {
	const kv: Record<string, string> = {
		'tablero.titulo': e.title,
		'tablero.filtros': JSON.stringify(Object.fromEntries(e.filters.map((f) => [f.label, f.value]))),
		'tablero.version_datos': e.version,
		'tablero.datos_publicados': e.generado,
		'tablero.generado': e.exportedAt.toISOString(),
		'tablero.muestra': String(e.muestra),
		'tablero.fuente': sourceName(e.source)
	};
	if (e.muestra) kv['tablero.aviso'] = sampleLabel();
	if (e.url) kv['tablero.vista'] = e.url;
	return Object.entries(kv).map(([key, value]) => ({ key, value }));
}

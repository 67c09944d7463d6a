/**
 * What every export says about itself: the filters behind it, the data version, when it was made,
 * whether the data are synthetic, and the source. The same facts become CSV comment lines, Parquet
 * key-value metadata and the footer of exported images.
 */

/** The label that marks synthetic sample data in every export. */
export const SAMPLE_LABEL = 'DATOS DE DEMOSTRACIÓN: valores sintéticos, no resultados del SSME';

/** Source of the indicators. */
export const DATA_SOURCE = 'SSME, Red Clúster Colombia — Confecámaras';

/** Source line of the map (indicators plus boundaries). */
export const MAP_SOURCE = `Fuente: ${DATA_SOURCE} · Límites: Natural Earth`;

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
	/** Source line, e.g. {@link MAP_SOURCE}. */
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
export function commentLines(m: ExportMeta): string[] {
	return [
		`Tablero Clúster: ${m.title}`,
		...(m.muestra ? [SAMPLE_LABEL] : []),
		`Filtros: ${describeFilters(m.filters)}`,
		`Versión de los datos: ${m.version} (publicados ${m.generado})`,
		`Generado: ${m.exportedAt.toISOString()}`,
		`Fuente: ${m.source.replace(/^Fuente:\s*/, '')}`,
		...(m.url ? [`Vista: ${m.url}`] : []),
		'Números con punto decimal y sin separador de miles; celda vacía = sin datos.'
	];
}

/** Key-value metadata of a Parquet export (keys prefixed `tablero.`; filters as JSON). */
export function keyValueMetadata(m: ExportMeta): { key: string; value: string }[] {
	const kv: Record<string, string> = {
		'tablero.titulo': m.title,
		'tablero.filtros': JSON.stringify(Object.fromEntries(m.filters.map((f) => [f.label, f.value]))),
		'tablero.version_datos': m.version,
		'tablero.datos_publicados': m.generado,
		'tablero.generado': m.exportedAt.toISOString(),
		'tablero.muestra': String(m.muestra),
		'tablero.fuente': m.source.replace(/^Fuente:\s*/, '')
	};
	if (m.muestra) kv['tablero.aviso'] = SAMPLE_LABEL;
	if (m.url) kv['tablero.vista'] = m.url;
	return Object.entries(kv).map(([key, value]) => ({ key, value }));
}

import { isoDay, yearOf } from '../format/date';
import { formatDate } from '../format/indicator';

/** What a citation of the published data needs; the version and date come from the manifest. */
export interface CitationInput {
	version: string;
	/** ISO timestamp of the build (manifest `generado`). */
	generado: string;
	muestra: boolean;
	/** Where the data page lives; unknown at build time (the site can be hosted anywhere). */
	url?: string | null;
}

export const AUTOR = 'Proyecto Tablero Clúster';
export const TITULO =
	'Tablero Clúster: iniciativas clúster de Colombia y resultados del SSME por departamento';
const TIPO = 'Conjunto de datos';
const MUESTRA = 'datos de demostración sintéticos, no resultados del SSME';

/** APA 7 reference for a data set, in Spanish, with the data version and publication date. */
export function citationApa(c: CitationInput): string {
	const kind = c.muestra ? `${TIPO}; ${MUESTRA}` : TIPO;
	const url = c.url ? ` ${c.url}` : '';
	return (
		`${AUTOR}. (${yearOf(c.generado)}). ${TITULO} (versión de los datos ${c.version}, ` +
		`publicada el ${formatDate(c.generado)}) [${kind}].${url}`
	);
}

/** Escapes BibTeX's special characters in free text (braces are kept for grouping). */
function tex(text: string): string {
	return text.replace(/([&%$#_])/g, '\\$1');
}

/** A BibTeX `@misc` entry (readable by BibTeX and biblatex) with `version` and `date`. */
export function citationBibtex(c: CitationInput): string {
	const key = `tablero_cluster_${yearOf(c.generado)}_${c.version.replace(/[^A-Za-z0-9]/g, '')}`;
	const note = c.muestra
		? `${TIPO}. Datos de demostración: valores sintéticos, no resultados del SSME.`
		: `${TIPO}. Indicadores: SSME, Red Clúster Colombia — Confecámaras.`;
	const fields: [string, string][] = [
		['author', `{${tex(AUTOR)}}`],
		['title', `{${tex(TITULO)}}`],
		['year', yearOf(c.generado)],
		['date', isoDay(c.generado)],
		['version', tex(c.version)],
		['howpublished', tex(TIPO)],
		['note', tex(note)]
	];
	if (c.url) fields.push(['url', c.url]);
	const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
	return `@misc{${key},\n${body}\n}`;
}

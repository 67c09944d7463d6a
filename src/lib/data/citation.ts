import * as m from '../i18n/messages/data';
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

/** The author, title and kind of the data set, in the page's language (call them when shown). */
export const AUTOR = m.citeAuthor;
export const TITULO = m.citeTitle;

/** APA 7 reference for a data set, in the page's language, with the data version and date. */
export function citationApa(c: CitationInput): string {
	const kind = c.muestra ? `${m.citeKind()}; ${m.citeSample()}` : m.citeKind();
	const url = c.url ? ` ${c.url}` : '';
	return (
		`${AUTOR()}. (${yearOf(c.generado)}). ${TITULO()} ` +
		`(${m.citeVersion(c.version, formatDate(c.generado))}) [${kind}].${url}`
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
		? `${m.citeKind()}. ${m.citeNoteSample()}`
		: `${m.citeKind()}. ${m.citeNoteReal()}`;
	const fields: [string, string][] = [
		['author', `{${tex(AUTOR())}}`],
		['title', `{${tex(TITULO())}}`],
		['year', yearOf(c.generado)],
		['date', isoDay(c.generado)],
		['version', tex(c.version)],
		['howpublished', tex(m.citeKind())],
		['note', tex(note)]
	];
	if (c.url) fields.push(['url', c.url]);
	const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
	return `@misc{${key},\n${body}\n}`;
}

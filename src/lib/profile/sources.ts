/** A cited source: a web link, or a plain reference (e.g. a bulletin) when it is not a URL. */
export type SourcePart = { kind: 'link'; href: string } | { kind: 'text'; text: string };

/**
 * Splits the catalog's `fuente` (URLs and references separated by spaces or « ; ») into parts.
 * Only http(s) addresses become links, so a `javascript:` value can never be one.
 */
export function parseSources(fuente: string | null): SourcePart[] {
	if (!fuente) return [];
	const out: SourcePart[] = [];
	for (const chunk of fuente.split(/\s;\s|;\s*$/)) {
		let text: string[] = [];
		const flush = () => {
			if (text.length) out.push({ kind: 'text', text: text.join(' ') });
			text = [];
		};
		for (const token of chunk.trim().split(/\s+/).filter(Boolean)) {
			if (/^https?:\/\/[^\s<>"]+$/i.test(token)) {
				flush();
				out.push({ kind: 'link', href: token });
			} else text.push(token);
		}
		flush();
	}
	return out;
}

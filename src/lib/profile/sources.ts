import { safeHref } from '$lib/ui/safe-href';

/** A cited source: a web link, or a plain reference (e.g. a bulletin) when it is not a URL. */
export type SourcePart =
	{ kind: 'link'; href: string; host: string } | { kind: 'text'; text: string };

/**
 * Splits the catalog's `fuente` (URLs and references separated by spaces or « ; ») into parts.
 * Only http(s) addresses become links (checked by the site's one `safeHref`), so a
 * `javascript:` value can never be one.
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
			const host = /^https?:\/\/[^\s<>"]+$/i.test(token) && safeHref(token) ? hostOf(token) : null;
			if (host) {
				flush();
				out.push({ kind: 'link', href: token, host });
			} else text.push(token);
		}
		flush();
	}
	return out;
}

function hostOf(url: string): string | null {
	try {
		return new URL(url).hostname || null;
	} catch {
		return null;
	}
}

// What "English" means for the English site's tests: the words of the English catalogue, of the
// English data labels and of names that are the same in both languages. Text on an `/en/` page
// outside a Spanish-marked element (`lang="es…"`), a `translate="no"` element or code must be
// made of these words.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Message } from '../../src/lib/i18n/message.ts';

const modules = import.meta.glob<Record<string, unknown>>('../../src/lib/i18n/messages/*.ts', {
	eager: true
});
const MANIFEST = fileURLToPath(new URL('../../static/data/manifest.json', import.meta.url));
/** The directory's index (built): names and municipalities of every initiative. */
const INDEX = fileURLToPath(new URL('../../build/iniciativas/indice.json', import.meta.url));

const WORD = /\p{L}[\p{L}\p{M}]*/gu;
const tokens = (text: string) => text.match(WORD) ?? [];
const words = (text: string) => tokens(text).map((w) => w.toLowerCase());

/** Strings anywhere under `value` whose key satisfies `keep`. */
function strings(value: unknown, keep: (key: string) => boolean, key = ''): string[] {
	if (typeof value === 'string') return keep(key) ? [value] : [];
	if (Array.isArray(value)) return value.flatMap((v) => strings(v, keep, key));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => strings(v, keep, k));
	return [];
}

/** Every word of the English catalogue (texts and the literal parts of parametrized texts). */
export function catalogueWords(): Set<string> {
	const out = new Set<string>();
	// A module exports messages, or records of messages keyed by a code (column names).
	const messages = Object.values(modules).flatMap((mod) =>
		Object.values(mod).flatMap((v) =>
			typeof v === 'function' ? [v] : v && typeof v === 'object' ? Object.values(v) : []
		)
	);
	for (const m of messages) {
		const en = (m as Message<never[]>).en;
		if (en !== undefined) for (const w of words(String(en))) out.add(w);
	}
	return out;
}

/** Words an English page may show: catalogue, English data labels, names, month names. */
export function englishVocabulary(): Set<string> {
	const vocab = catalogueWords();
	const manifest: unknown = JSON.parse(readFileSync(MANIFEST, 'utf8'));
	const data = strings(
		manifest,
		(k) => k.endsWith('_en') || k === 'etiqueta' || k === 'nombre_corto' || k === 'version'
	);
	// Department names are proper nouns, shown as they are in both languages.
	const departments = strings((manifest as { departamentos: unknown }).departamentos, (k) =>
		k.startsWith('nombre')
	);
	// Initiative names and municipalities are proper nouns too: a title or an accessible name
	// that mixes one with English text cannot mark it as Spanish.
	const index = JSON.parse(readFileSync(INDEX, 'utf8')) as {
		columnas: string[];
		filas: unknown[][];
	};
	const cols = ['nombre', 'municipio'].map((c) => index.columnas.indexOf(c));
	const names = index.filas.flatMap((row) => cols.map((i) => String(row[i] ?? '')));
	for (const s of [...data, ...departments, ...names]) for (const w of words(s)) vocab.add(w);
	// Dates come from the locale's own data (Intl), not from the catalogue.
	for (let month = 0; month < 12; month++)
		for (const style of ['long', 'short'] as const)
			for (const w of words(
				new Date(2026, month, 15).toLocaleDateString('en-US', { month: style })
			))
				vocab.add(w);
	return vocab;
}

/** Words a page's text uses that the vocabulary lacks, with the text they came from. */
export function foreignWords(texts: string[], vocab: Set<string>): string[] {
	const out = new Set<string>();
	for (const raw of texts) {
		// Addresses, file names and quoted values (a URL parameter's name, what a user typed) are
		// not words of a language.
		const text = raw
			.replace(/«[^»]{0,80}»|“[^”]{0,80}”|"[^"]{0,80}"/g, ' ')
			.replace(/\b(?:https?:\/\/|www\.)\S+|\b[\w.-]+\.(?:csv|parquet|zip|json|svg|png)\b/gi, ' ')
			// Ordinal suffixes (1st, 22nd) and host names (confecamaras.org.co) are not words.
			.replace(/\d+(?:st|nd|rd|th)\b/g, ' ')
			.replace(/[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu, ' ');
		for (const token of tokens(text)) {
			// Codes and acronyms (CSV, SVG, DANE, ANT-01) are not words of a language either.
			if (token.length < 2 || /^\p{Lu}{2,6}$/u.test(token)) continue;
			if (!vocab.has(token.toLowerCase())) out.add(`${token}  ←  «${raw.trim().slice(0, 120)}»`);
		}
	}
	return [...out];
}

/**
 * The page's user-visible text: visible text nodes, and the accessible or hover text of every
 * element (aria-label, title, alt, placeholder, aria-description), plus the document's title and
 * description; not inside a Spanish-marked element, `translate="no"`, code, or a script.
 */
export function pageTexts(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const skip = (el: Element | null) =>
			!el ||
			!!el.closest(
				'[lang^="es"], [translate="no"], code, pre, kbd, samp, script, style, noscript, textarea, template'
			);
		const out: string[] = [document.title];
		const description = document.querySelector('meta[name="description"]')?.getAttribute('content');
		if (description) out.push(description);
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const el = n.parentElement;
			const text = n.textContent?.trim();
			if (!text || skip(el)) continue;
			if (el && el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions))
				out.push(text);
		}
		// SVG titles and descriptions name charts to assistive technology without being painted.
		for (const el of document.querySelectorAll('svg title, svg desc'))
			if (!skip(el) && el.textContent?.trim()) out.push(el.textContent);
		for (const el of document.querySelectorAll('*')) {
			if (skip(el)) continue;
			for (const a of [
				'aria-label',
				'title',
				'alt',
				'placeholder',
				'aria-description',
				'aria-roledescription'
			]) {
				const v = el.getAttribute(a);
				if (v?.trim()) out.push(v);
			}
		}
		return out;
	});
}

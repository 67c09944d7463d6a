import { formatInteger } from '../format/number';
import * as m from '../i18n/messages/data';

/** Notices shown for one URL; a link with thousands of bad parameters gets a summary line. */
export const MAX_NOTICES = 8;

/** A value as quoted in a notice: long ones are cut. */
export function short(v: string): string {
	return v.length > 40 ? `${v.slice(0, 40)}…` : v;
}

/** One parameter a page accepted for parsing: its current name and its value. */
export interface UrlParam {
	key: string;
	/** As written in the URL (a search box keeps its spaces). */
	raw: string;
	/** Trimmed. */
	value: string;
	/** Records "not a valid value of key" for this value (or for a part of it). */
	bad: (v?: string) => void;
}

export interface ParamRules {
	known: ReadonlySet<string>;
	/** Old names → today's (links must keep working). */
	legacy: Readonly<Record<string, string>>;
	maxLength: number;
}

/**
 * The query string's parameters that a page should read, the same way on every page: old names
 * are renamed; unknown, repeated (after the first) and oversized parameters are dropped, each with
 * a notice in the page's language pushed to `notices`. Lazy, so notices keep the order of the URL.
 */
export function* readParams(
	params: URLSearchParams,
	rules: ParamRules,
	notices: string[]
): Generator<UrlParam> {
	const seen = new Set<string>();
	for (const [rawKey, raw] of params) {
		const key = rules.legacy[rawKey] ?? rawKey;
		if (!rules.known.has(key)) {
			notices.push(m.paramUnknown(short(rawKey)));
			continue;
		}
		if (seen.has(key)) {
			notices.push(m.paramRepeated(key));
			continue;
		}
		seen.add(key);
		const value = raw.trim();
		if (value.length > rules.maxLength) {
			notices.push(m.paramTooLong(key));
			continue;
		}
		const bad = (v = value) => notices.push(m.paramInvalid(short(v), key));
		yield { key, raw, value, bad };
	}
}

/** Drops repeated notices and keeps the first MAX_NOTICES, counting the rest in one line. */
export function summarizeNotices(notices: string[]): string[] {
	const unique = [...new Set(notices)];
	if (unique.length <= MAX_NOTICES) return unique;
	const rest = unique.length - MAX_NOTICES + 1;
	return [...unique.slice(0, MAX_NOTICES - 1), m.paramMoreNotices(formatInteger(rest))];
}

import { getLocale, type Locale } from './locale';

/** A message's text in one language: a string, or a function of its parameters. */
export type Text<A extends unknown[]> = A extends [] ? string : (...args: A) => string;

/** A catalogue message: call it for the page's language; `.es` and `.en` are its two texts. */
export type Message<A extends unknown[] = []> = ((...args: A) => string) & {
	readonly [L in Locale]: Text<A>;
};

/**
 * Declares a message of the catalogue (`src/lib/i18n/messages/`), Spanish first. Pure, so the
 * bundler drops messages no page uses.
 */
export function msg(es: string, en: string): Message;
export function msg<A extends unknown[]>(
	es: (...args: A) => string,
	en: (...args: A) => string
): Message<A>;
/* @__NO_SIDE_EFFECTS__ */
export function msg(
	es: string | ((...args: never[]) => string),
	en: string | ((...args: never[]) => string)
): unknown {
	const say = (...args: never[]) => {
		const text = getLocale() === 'en' ? en : es;
		return typeof text === 'string' ? text : text(...args);
	};
	return Object.assign(say, { es, en });
}

/**
 * Plural form for Spanish and English, whose CLDR cardinal rules agree for the counts a page
 * shows: "one" for exactly 1, "other" otherwise (0, 2, 1,5 …).
 */
export function plural(n: number, one: string, other: string): string {
	return n === 1 ? one : other;
}

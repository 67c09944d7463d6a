/**
 * The page's language. Spanish (es-CO) is the source and the default at `/`; English mirrors
 * every page under `/en/…` (src/hooks.ts reroutes those to the same routes). A document has one
 * language: the root layout sets it before any component renders (a prerendered page renders
 * synchronously, so two pages never share it), and the language switch reloads the page.
 */
export type Locale = 'es' | 'en';
export const LOCALES: readonly Locale[] = ['es', 'en'];
/** BCP 47 tags for `<html lang>`, `hreflang` and the formatters. */
export const LANG_TAG: Record<Locale, string> = { es: 'es-CO', en: 'en-US' };

let current: Locale = 'es';
let base = '';

/** Called by the root layout (and by loads, which run before it) with the page's path. */
export function setLocale(locale: Locale, basePath = base): void {
	current = locale;
	base = basePath;
}

export function getLocale(): Locale {
	return current;
}

/** `/en` or `/en/…` under the base path is English; everything else is Spanish. */
export function localeOfPath(pathname: string, basePath = ''): Locale {
	const rest = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname;
	return rest === '/en' || rest.startsWith('/en/') ? 'en' : 'es';
}

/** The Spanish route path of a path that may be English: "/en/evolucion" → "/evolucion". */
export function routePath(pathname: string): string {
	if (pathname === '/en') return '/';
	return pathname.startsWith('/en/') ? pathname.slice(3) : pathname;
}

/** A route path in a language: "/evolucion" → "/en/evolucion", "/" → "/en", "/?a=1" → "/en?a=1". */
export function pathIn(path: string, locale: Locale): string {
	const route = routePath(path);
	if (locale === 'es') return route;
	return route === '/' || route.startsWith('/?') || route.startsWith('/#')
		? `/en${route.slice(1)}`
		: `/en${route}`;
}

/**
 * A link from `resolve()` (base path + route path; the base may be relative in prerendered
 * pages, "../") in the page's language.
 */
export function localize(resolved: string, locale: Locale = current): string {
	if (!resolved.startsWith(base)) return resolved;
	return `${base}${pathIn(resolved.slice(base.length) || '/', locale)}`;
}

/**
 * The base path as an absolute path: a prerendered page's base is relative to the page
 * ("..", "."), the browser's is absolute ("/tablero") or "".
 */
export function absoluteBase(basePath: string, url: URL): string {
	if (basePath === '' || basePath.startsWith('/')) return basePath;
	return new URL(`${basePath}/`, url).pathname.replace(/\/$/, '');
}

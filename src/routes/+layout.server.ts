import { base } from '$app/paths';
import { localizeCatalog } from '$lib/data/localize-catalog';
import { publishedCatalog } from '$lib/data/prerender.server';
import { localeOfPath } from '$lib/i18n/locale';
import type { LayoutServerLoad } from './$types';

/**
 * Every page is prerendered with the catalog read from the published data (once per build), in
 * the page's language (`/en/…` English), so its inline data carries only that language. A
 * document keeps its language (the switch reloads), so the path is read untracked: navigating
 * inside the site does not fetch the catalog again.
 */
export const load = (async ({ url, untrack }) => {
	const locale = untrack(() => localeOfPath(url.pathname, base));
	return { catalog: localizeCatalog(await publishedCatalog(), locale) };
}) satisfies LayoutServerLoad;

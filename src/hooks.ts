import type { Reroute } from '@sveltejs/kit';
import { base } from '$app/paths';
import { routePath } from '$lib/i18n/locale';

/** `/en/…` is the English mirror of every page: the same route, another language. */
export const reroute: Reroute = ({ url }) => {
	const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
	const route = routePath(path);
	return route === path ? undefined : `${base}${route}`;
};

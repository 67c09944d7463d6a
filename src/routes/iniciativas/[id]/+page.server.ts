import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { absoluteBase, localeOfPath } from '$lib/i18n/locale';
import * as m from '$lib/i18n/messages/profile';
import { buildProfile } from '$lib/profile/profile';
import {
	locatorShapes,
	parseProfilesMax,
	profileIds,
	profileSource
} from '$lib/profile/profiles.server';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * Every initiative of the published catalog gets a page; TABLERO_PERFILES_MAX (a whole number)
 * keeps only the first ones in name order, to shorten benchmark builds.
 */
export const entries = (async () => {
	const max = parseProfilesMax(process.env.TABLERO_PERFILES_MAX);
	return (await profileIds(max)).map((id) => ({ id }));
}) satisfies EntryGenerator;

/** One profile, sliced from data computed once for all profiles (see profiles.server.ts). */
export const load = (async ({ params, parent, url }) => {
	// A load runs before the layout sets the page's language: it reads it from the path.
	const locale = localeOfPath(url.pathname, absoluteBase(base, url));
	const [{ catalog }, src] = await Promise.all([parent(), profileSource()]);
	const profile = buildProfile(src, params.id, catalog, locale);
	if (!profile) error(404, m.notFound[locale]);
	const shapes = locatorShapes();
	const ids = [profile.iniciativa.divipola, ...profile.adicionales].filter((d) => d !== null);
	return { profile, shapes: ids.map((d) => shapes.get(d)).filter((s) => s !== undefined) };
}) satisfies PageServerLoad;

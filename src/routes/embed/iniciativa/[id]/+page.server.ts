import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { absoluteBase, localeOfPath } from '$lib/i18n/locale';
import * as m from '$lib/i18n/messages/profile';
import { buildProfile } from '$lib/profile/profile';
import { parseProfilesMax, profileIds, profileSource } from '$lib/profile/profiles.server';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * One embeddable card per profile page: the same ids, limited by TABLERO_PERFILES_MAX in the
 * same way (nothing links to embeds, so only these entries are prerendered).
 */
export const entries = (async () => {
	const max = parseProfilesMax(process.env.TABLERO_PERFILES_MAX);
	return (await profileIds(max)).map((id) => ({ id }));
}) satisfies EntryGenerator;

/** The profile, sliced from the data shared by all profiles (see profiles.server.ts). */
export const load = (async ({ params, parent, url }) => {
	// A load runs before the layout sets the page's language: it reads it from the path.
	const locale = localeOfPath(url.pathname, absoluteBase(base, url));
	const [{ catalog }, src] = await Promise.all([parent(), profileSource()]);
	const profile = buildProfile(src, params.id, catalog, locale);
	if (!profile) error(404, m.notFound[locale]);
	return { profile };
}) satisfies PageServerLoad;

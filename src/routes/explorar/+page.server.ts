import { loadPublished } from '$lib/data/published.server';
import type { PageServerLoad } from './$types';

/** The console's table list comes from the manifest at build time: no query before first paint. */
export const load = (() => ({ published: loadPublished() })) satisfies PageServerLoad;

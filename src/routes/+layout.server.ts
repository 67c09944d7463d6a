import { publishedCatalog } from '$lib/data/prerender.server';
import type { LayoutServerLoad } from './$types';

/** Every page is prerendered with the catalog read from the published data (once per build). */
export const load = (async () => ({
	catalog: await publishedCatalog()
})) satisfies LayoutServerLoad;

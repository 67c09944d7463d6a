import { loadCatalog, openPublished } from '$lib/data/prerender.server';
import type { LayoutServerLoad } from './$types';

/** Every page is prerendered with the catalog read from the published data. */
export const load = (async () => {
	const conn = openPublished();
	try {
		return { catalog: await loadCatalog(conn) };
	} finally {
		await conn.close();
	}
}) satisfies LayoutServerLoad;

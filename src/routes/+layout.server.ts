import { loadCatalog, openPublished } from '$lib/data/prerender.server';

/** Every page is prerendered with the catalog read from the published data. */
export async function load() {
	const conn = openPublished();
	try {
		return { catalog: await loadCatalog(conn) };
	} finally {
		await conn.close();
	}
}

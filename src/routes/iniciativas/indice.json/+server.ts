import { json } from '@sveltejs/kit';
import { localizeCatalog } from '$lib/data/localize-catalog';
import { loadCatalog, openPublished } from '$lib/data/prerender.server';
import { encodeIndex } from '$lib/directory/index-data';
import { directoryIndex } from '$lib/directory/index.server';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * Every initiative in compact form: the directory fetches this once and filters in memory. It
 * holds codes, not labels (sectors and levels by id and value), so one file serves both
 * languages; the catalog it is computed with is the Spanish one.
 */
export const GET = (async () => {
	const conn = openPublished();
	let catalog;
	try {
		catalog = localizeCatalog(await loadCatalog(conn), 'es');
	} finally {
		await conn.close();
	}
	return json(encodeIndex(await directoryIndex(catalog)));
}) satisfies RequestHandler;

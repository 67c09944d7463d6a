import { json } from '@sveltejs/kit';
import { loadCatalog, openPublished } from '$lib/data/prerender.server';
import { encodeIndex } from '$lib/directory/index-data';
import { directoryIndex } from '$lib/directory/index.server';
import type { RequestHandler } from './$types';

export const prerender = true;

/** Every initiative in compact form: the directory fetches this once and filters in memory. */
export const GET = (async () => {
	const conn = openPublished();
	let catalog;
	try {
		catalog = await loadCatalog(conn);
	} finally {
		await conn.close();
	}
	return json(encodeIndex(await directoryIndex(catalog)));
}) satisfies RequestHandler;

import { queryInitialEvolution } from '$lib/data/initial-evolution.server';
import { openPublished } from '$lib/data/prerender.server';
import type { PageServerLoad } from './$types';

/** /evolucion's default view and the Red's milestones, computed at build time. */
export const load = (async ({ parent }) => {
	const { catalog } = await parent();
	const conn = openPublished();
	try {
		return await queryInitialEvolution(conn, catalog);
	} finally {
		await conn.close();
	}
}) satisfies PageServerLoad;

import { queryEvolution } from '$lib/data/evolution-data';
import { defaultEvolutionState, evolutionFilter } from '$lib/data/evolution-url';
import { openPublished } from '$lib/data/prerender.server';
import { viaConnector } from '$lib/data/types';
import type { PageServerLoad } from './$types';

/** The embeddable chart's default view, computed at build time like /evolucion's. */
export const load = (async ({ parent }) => {
	const { catalog } = await parent();
	const conn = openPublished();
	try {
		const initial = await queryEvolution(
			viaConnector(conn),
			catalog,
			evolutionFilter(defaultEvolutionState(catalog))
		);
		return { initial };
	} finally {
		await conn.close();
	}
}) satisfies PageServerLoad;

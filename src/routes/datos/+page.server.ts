import { openPublished } from '$lib/data/prerender.server';
import { loadPublished } from '$lib/data/published.server';
import {
	referenceSources,
	sourceCoverage,
	sourceDomains,
	type ReferenceSourceRow,
	type SourceCoverageRow,
	type SourceDomainRow
} from '$lib/data/queries/sources';
import type { PageServerLoad } from './$types';

/** Everything /datos shows is known at build time: the manifest and three small queries. */
export const load = (async () => {
	const conn = openPublished();
	try {
		const [dominios, cobertura, referencias] = await Promise.all([
			conn.query<SourceDomainRow>(sourceDomains()),
			conn.query<SourceCoverageRow>(sourceCoverage()),
			conn.query<ReferenceSourceRow>(referenceSources())
		]);
		return {
			published: loadPublished(),
			dominios,
			cobertura: cobertura[0] ?? { total: 0, con_fuente: 0 },
			referencias
		};
	} finally {
		await conn.close();
	}
}) satisfies PageServerLoad;

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { queryInitialMap } from '$lib/data/initial-map.server';
import { PUBLISHED, openPublished } from '$lib/data/prerender.server';
import { departmentShapes } from '$lib/map/projection';
import { departmentFeatures } from '$lib/map/topo';
import type { PageServerLoad } from './$types';

/** The embeddable map's default view, computed at build time like the home page's. */
export const load = (async ({ parent }) => {
	const { catalog } = await parent();
	const topo = JSON.parse(
		readFileSync(join(PUBLISHED, 'geo', 'departamentos.topo.json'), 'utf8')
	) as Topology;
	const conn = openPublished();
	try {
		const { initial } = await queryInitialMap(conn, catalog);
		return { shapes: departmentShapes(departmentFeatures(topo)), initial };
	} finally {
		await conn.close();
	}
}) satisfies PageServerLoad;

import { directoryIndex } from '$lib/directory/index.server';
import { prepareIndex, select } from '$lib/directory/select';
import { defaultDirectoryState } from '$lib/directory/url-state';
import type { PageServerLoad } from './$types';

/** The directory's first page in its default order, computed at build time with the same code. */
export const load = (async ({ parent }) => {
	const { catalog } = await parent();
	const index = await directoryIndex(catalog);
	const sel = select(prepareIndex(index, catalog), defaultDirectoryState());
	const years = [...new Set(index.filas.map((r) => r.ingreso).filter((y) => y !== null))];
	return {
		initial: {
			rows: sel.pageRows,
			matched: sel.matched.length,
			total: sel.total,
			pages: sel.pages
		},
		years: years.sort((a, b) => a - b)
	};
}) satisfies PageServerLoad;

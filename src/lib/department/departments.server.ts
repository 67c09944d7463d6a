import { localizeCatalog } from '$lib/data/localize-catalog';
import { PUBLISHED, openPublished, publishedCatalog } from '$lib/data/prerender.server';
import type { DepartmentSource } from './department';
import { queryDepartmentSource, readTopology } from './source.server';

/*
 * Prerendering renders the 33 pages, the index and the 33 embeds in one Node process: their data
 * is read once (a handful of grouped queries) and each page slices its department.
 */
let source: Promise<DepartmentSource> | undefined;

/** All departments' data, computed on first use and shared by every page of the build. */
export function departmentSource(): Promise<DepartmentSource> {
	source ??= (async () => {
		// Shared by both languages: the queries need codes only; each page labels with its
		// localized catalog (the layout's).
		const [cat, conn] = [localizeCatalog(await publishedCatalog(), 'es'), openPublished()];
		try {
			return await queryDepartmentSource(conn, cat, readTopology(PUBLISHED));
		} finally {
			await conn.close();
		}
	})();
	source.catch(() => (source = undefined));
	return source;
}

/** Every department of the published catalogue (with or without initiatives). */
export async function departmentCodes(): Promise<string[]> {
	return (await publishedCatalog()).departamentos.map((d) => d.divipola);
}

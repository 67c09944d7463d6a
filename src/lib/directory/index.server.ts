import { openPublished } from '$lib/data/prerender.server';
import type { Catalog } from '$lib/data/types';
import type { DirectoryIndex } from './index-data';
import { loadDirectoryIndex } from './load-index';

let cached: Promise<DirectoryIndex> | undefined;

/** The directory index from the published Parquet, computed once per build (page and JSON share it). */
export function directoryIndex(cat: Catalog): Promise<DirectoryIndex> {
	cached ??= (async () => {
		const conn = openPublished();
		try {
			return await loadDirectoryIndex(conn, cat);
		} finally {
			await conn.close();
		}
	})();
	return cached;
}

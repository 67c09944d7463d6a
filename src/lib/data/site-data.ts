import { Engine } from './Engine.svelte';
import { publishedSource, type ParquetSource } from './parquet/source';
import type { Catalog, DataAccess } from './types';

/** The browser session's data: the published Parquet, and the engine for when SQL is needed. */
export interface SiteData extends DataAccess {
	source: ParquetSource;
	/** The engine's state, for the markup (it starts only when `engine()` is first called). */
	sql: Engine;
}

let shared: (SiteData & { key: string }) | undefined;

/**
 * One `SiteData` per tab and data version: navigating between pages never reads a footer twice
 * or starts a second engine.
 */
export function siteData(base: string, cat: Catalog): SiteData {
	const key = `${base}|${cat.version}`;
	if (shared?.key !== key) {
		const source = publishedSource(base, cat.version, cat.parquet);
		const sql = new Engine(base, source);
		shared = { key, source, sql, engine: () => sql.start() };
	}
	return shared;
}

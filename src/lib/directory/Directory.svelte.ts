import type { Catalog } from '$lib/data/types';
import { decodeIndex, type DirectoryIndexJson, type DirectoryRow } from './index-data';
import { prepareIndex, select, type PreparedIndex, type Selection } from './select';
import type { DirectoryState } from './url-state';

export type DirectoryStatus = 'inicial' | 'cargando' | 'listo' | 'error';

/**
 * The directory's filters and what they select. The page starts with the prerendered first page;
 * the whole index (one small JSON) is fetched once, then every change filters it in memory.
 */
export class Directory {
	state = $state.raw() as DirectoryState;
	status = $state<DirectoryStatus>('inicial');
	error = $state<string | null>(null);
	#prepared = $state.raw<PreparedIndex | null>(null);
	/** Null until the index has loaded. */
	selection: Selection | null = $derived(
		this.#prepared ? select(this.#prepared, this.state) : null
	);

	constructor(
		private url: string,
		private catalog: Catalog,
		state: DirectoryState
	) {
		this.state = state;
	}

	/** Every row the filters select, all pages, in the table's order (null until loaded). */
	matchedRows(): DirectoryRow[] | null {
		const p = this.#prepared;
		const sel = this.selection;
		return p && sel ? sel.matched.map((i) => p.rows[i]!) : null;
	}

	/** Fetches and prepares the index (once); failures leave the prerendered page in place. */
	async load(fetchFn: typeof fetch = fetch): Promise<void> {
		if (this.status === 'cargando' || this.status === 'listo') return;
		this.status = 'cargando';
		try {
			const res = await fetchFn(this.url);
			if (!res.ok) throw new Error(`HTTP ${res.status}`);
			const json = (await res.json()) as DirectoryIndexJson;
			this.#prepared = prepareIndex(decodeIndex(json), this.catalog);
			this.status = 'listo';
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
			this.status = 'error';
		}
	}
}

import type { AsyncBuffer } from 'hyparquet';
import type { Scan } from '../queries/scan';
import type { Source } from '../types';
import { httpFile } from './file';
import type { ColumnValues, OpenedFile } from './read';

/** Gives the bytes of a published table's Parquet file (HTTP in the page, disk in tests). */
export type OpenTable = (table: string) => AsyncBuffer | Promise<AsyncBuffer>;

// The decoder (hyparquet + fzstd) is loaded on the first question, not with the first view.
let reader: Promise<typeof import('./read')> | undefined;
const loadReader = () => (reader ??= import('./read'));

/** Scan answers kept per source (a department panel reads the same initiative labels each time). */
const SCANS_KEPT = 16;

/**
 * The published Parquet files as a `Source`, read in the page without the query engine. Each
 * file's footer is read once, and the last answers are kept (callers never mutate them); a failed
 * read is forgotten so that asking again retries.
 */
export class ParquetSource implements Source {
	#files = new Map<string, Promise<OpenedFile>>();
	#scans = new Map<string, Promise<Record<string, unknown>[]>>();

	constructor(private open: OpenTable) {}

	#file(table: string): Promise<OpenedFile> {
		let p = this.#files.get(table);
		if (!p) {
			// The download starts while the decoder loads.
			p = Promise.all([loadReader(), this.open(table)]).then(([r, bytes]) =>
				r.openParquet(`${table}.parquet`, bytes)
			);
			p.catch(() => this.#files.delete(table));
			this.#files.set(table, p);
		}
		return p;
	}

	scan<T extends Record<string, unknown>>(s: Scan): Promise<T[]> {
		const key = JSON.stringify(s);
		let p = this.#scans.get(key);
		if (p) {
			this.#scans.delete(key);
			this.#scans.set(key, p);
		} else {
			p = this.#read(s);
			p.catch(() => this.#scans.delete(key));
			this.#scans.set(key, p);
			if (this.#scans.size > SCANS_KEPT) this.#scans.delete(this.#scans.keys().next().value!);
		}
		return p as Promise<T[]>;
	}

	async #read(s: Scan): Promise<Record<string, unknown>[]> {
		const [r, f] = await Promise.all([loadReader(), this.#file(s.table)]);
		const start = performance.now();
		const rows = await r.scanParquet(f, s);
		// Visible in DevTools and read by `npm run bench`.
		performance.measure(`tablero:parquet:${s.table}`, { start });
		return rows;
	}

	/** Every column of a table, for the query engine to ingest. */
	async columns(table: string): Promise<ColumnValues[]> {
		const [r, f] = await Promise.all([loadReader(), this.#file(table)]);
		return r.readColumns(f);
	}
}

/** The site's published tables over HTTP; `bytes` is each Parquet file's size (manifest). */
export function publishedSource(base: string, version: string, bytes: Record<string, number>) {
	return new ParquetSource((table) => {
		const size = bytes[table];
		if (size === undefined) throw new Error(`tabla no publicada: ${table}`);
		// The data version in the address: a new publication is never mixed with a cached one.
		return httpFile(
			`${base}/data/${table}.parquet?v=${encodeURIComponent(version)}`,
			`${table}.parquet`,
			size
		);
	});
}

import type { AsyncBuffer } from 'hyparquet';
import * as m from '../../i18n/messages/data';

/**
 * Files up to this size are fetched whole in one request (one round trip beats several range
 * requests on a 150 ms RTT link); larger ones are read by HTTP range requests: the footer, then
 * only the row groups and columns a question needs.
 */
export const WHOLE_FILE_MAX = 256 * 1024;

/** Bytes asked for first from a large file: its footer (metadata) is at the end. */
export function footerBytes(byteLength: number): number {
	// The footer grows with the row groups (≈ 400 B each: 40 KB for 1 M rows of `resultados`):
	// one request should bring it all, without reading much of a smaller file's data.
	return Math.round(Math.min(64 * 1024, Math.max(16 * 1024, byteLength / 32)));
}

/** A published file that could not be fetched or read, with a message that names it. */
export class DataFileError extends Error {
	constructor(
		readonly file: string,
		message: string,
		options?: ErrorOptions
	) {
		super(message, options);
		this.name = 'DataFileError';
	}
}

/** The reader-facing message for a file that could not be downloaded. */
export function unreachable(file: string, why: string, cause?: unknown): DataFileError {
	return new DataFileError(file, m.fileUnreachable(file, why), { cause });
}

/** The reader-facing message for a file that arrived but cannot be decoded. */
export function damaged(file: string, cause?: unknown): DataFileError {
	return new DataFileError(file, m.fileDamaged(file), { cause });
}

async function get(
	fetchImpl: typeof fetch,
	url: string,
	file: string,
	range?: [number, number]
): Promise<{ bytes: ArrayBuffer; whole: boolean }> {
	let res: Response;
	try {
		res = await fetchImpl(
			url,
			range ? { headers: { Range: `bytes=${range[0]}-${range[1] - 1}` } } : undefined
		);
	} catch (e) {
		throw unreachable(file, m.fileOffline(), e);
	}
	if (!res.ok) throw unreachable(file, `HTTP ${res.status}`);
	try {
		return { bytes: await res.arrayBuffer(), whole: res.status !== 206 };
	} catch (e) {
		throw unreachable(file, m.fileInterrupted(), e);
	}
}

/** An in-memory file as hyparquet's `AsyncBuffer`. */
export function memoryFile(bytes: ArrayBuffer): AsyncBuffer {
	return { byteLength: bytes.byteLength, slice: (start, end) => bytes.slice(start, end) };
}

/**
 * A published file over HTTP as hyparquet's `AsyncBuffer`. Small files are fetched whole, once
 * (their length is then what arrived, so a republished file of another size still reads); large
 * ones by range, each range once (a server that ignores `Range` sends the whole file, which is
 * then kept), with `byteLength` from the manifest, so no HEAD request is needed. Network and HTTP
 * failures become `DataFileError`s naming the file.
 */
export async function httpFile(
	url: string,
	file: string,
	byteLength: number,
	fetchImpl: typeof fetch = (...a) => globalThis.fetch(...a),
	wholeMax = WHOLE_FILE_MAX
): Promise<AsyncBuffer> {
	if (byteLength <= wholeMax) return memoryFile((await get(fetchImpl, url, file)).bytes);
	let whole: Promise<ArrayBuffer> | undefined;
	const ranges = new Map<string, Promise<ArrayBuffer>>();
	const footerStart = Math.max(0, byteLength - footerBytes(byteLength));
	return {
		byteLength,
		async slice(start, end = byteLength) {
			if (whole) return (await whole).slice(start, end);
			// hyparquet reads the footer in small pieces: one request for the file's last bytes.
			const [s, e] = start >= footerStart ? [footerStart, byteLength] : [start, end];
			const key = `${s}-${e}`;
			let p = ranges.get(key);
			if (!p) {
				p = get(fetchImpl, url, file, [s, e]).then(({ bytes, whole: all }) => {
					if (!all) return bytes;
					whole = Promise.resolve(bytes);
					return bytes.slice(s, e);
				});
				p.catch(() => ranges.delete(key));
				ranges.set(key, p);
			}
			const bytes = await p;
			if (bytes.byteLength < e - s) throw damaged(file);
			return bytes.slice(start - s, end - s);
		}
	};
}

/** An inclusive byte range of a file, as in `Range: bytes=start-end`. */
export interface ByteRange {
	start: number;
	end: number;
}

/**
 * What to answer for a `Range` header on a file of `size` bytes: `null` means the whole file
 * (no header, another unit, several ranges or a malformed value: RFC 9110 lets a server ignore
 * those), `'unsatisfiable'` a 416, otherwise the one range, clamped to the file.
 */
export function parseRange(
	header: string | null,
	size: number
): ByteRange | 'unsatisfiable' | null {
	if (header === null) return null;
	const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
	if (!m) return null;
	const [, first = '', last = ''] = m;
	if (first === '' && last === '') return null;
	if (first === '') {
		// Suffix range: the last N bytes.
		const n = Number(last);
		if (n === 0 || size === 0) return 'unsatisfiable';
		return { start: Math.max(0, size - n), end: size - 1 };
	}
	const start = Number(first);
	const end = last === '' ? Infinity : Number(last);
	if (end < start) return null;
	if (start >= size) return 'unsatisfiable';
	return { start, end: Math.min(end, size - 1) };
}

/** Headers of a stored response that no longer describe a re-cut body. */
const BODY_HEADERS = ['content-length', 'content-range', 'content-encoding', 'transfer-encoding'];

/**
 * Answers a request from a whole stored file: 206 with `Content-Range` for one satisfiable
 * range, 416 for an unsatisfiable one, 200 with the whole body otherwise. The stored response's
 * other headers (type, caching, security) are kept; a HEAD gets the headers without a body.
 */
export function rangeResponse(
	body: ArrayBuffer,
	stored: Headers,
	rangeHeader: string | null,
	method = 'GET'
): Response {
	const size = body.byteLength;
	const headers = new Headers(stored);
	for (const h of BODY_HEADERS) headers.delete(h);
	headers.set('accept-ranges', 'bytes');
	const range = parseRange(rangeHeader, size);
	const head = method === 'HEAD';
	if (range === 'unsatisfiable') {
		headers.set('content-range', `bytes */${size}`);
		headers.set('content-length', '0');
		return new Response(null, { status: 416, statusText: 'Range Not Satisfiable', headers });
	}
	if (range === null) {
		headers.set('content-length', String(size));
		return new Response(head ? null : body, { status: 200, statusText: 'OK', headers });
	}
	const part = body.slice(range.start, range.end + 1);
	headers.set('content-range', `bytes ${range.start}-${range.end}/${size}`);
	headers.set('content-length', String(part.byteLength));
	return new Response(head ? null : part, { status: 206, statusText: 'Partial Content', headers });
}

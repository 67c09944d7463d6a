import { describe, expect, test } from 'vitest';
import { parseRange, rangeResponse } from './range';

describe('parseRange', () => {
	test('parseRange(null, 100) is the whole file', () => {
		expect(parseRange(null, 100)).toBeNull();
	});

	test('parseRange("bytes=10-19", 100) is one inclusive range', () => {
		expect(parseRange('bytes=10-19', 100)).toEqual({ start: 10, end: 19 });
	});

	test('an open end and an end past the file are clamped to the last byte', () => {
		expect(parseRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
		expect(parseRange('bytes=90-1000', 100)).toEqual({ start: 90, end: 99 });
	});

	test('a suffix range is the last N bytes (all of them when N is larger)', () => {
		expect(parseRange('bytes=-8', 100)).toEqual({ start: 92, end: 99 });
		expect(parseRange('bytes=-500', 100)).toEqual({ start: 0, end: 99 });
	});

	test('a start at or past the end, or an empty suffix, is unsatisfiable', () => {
		expect(parseRange('bytes=100-', 100)).toBe('unsatisfiable');
		expect(parseRange('bytes=100-200', 100)).toBe('unsatisfiable');
		expect(parseRange('bytes=-0', 100)).toBe('unsatisfiable');
	});

	test('other units, several ranges and malformed values are ignored (whole file)', () => {
		for (const h of ['items=0-1', 'bytes=0-1,5-6', 'bytes=a-b', 'bytes=-', 'bytes=20-10', ''])
			expect(parseRange(h, 100), h).toBeNull();
	});
});

describe('rangeResponse', () => {
	const body = Uint8Array.from({ length: 100 }, (_, i) => i).buffer;
	const stored = new Headers({
		'content-type': 'application/vnd.apache.parquet',
		'content-length': '37',
		'content-encoding': 'gzip',
		'x-content-type-options': 'nosniff'
	});

	test('rangeResponse(body, headers, "bytes=10-19") is a 206 with those ten bytes', async () => {
		const res = rangeResponse(body, stored, 'bytes=10-19');
		expect(res.status).toBe(206);
		expect(res.headers.get('content-range')).toBe('bytes 10-19/100');
		expect(res.headers.get('content-length')).toBe('10');
		expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([
			10, 11, 12, 13, 14, 15, 16, 17, 18, 19
		]);
	});

	test('keeps the stored type and security headers, drops the stale length and encoding', () => {
		const res = rangeResponse(body, stored, 'bytes=0-3');
		expect(res.headers.get('content-type')).toBe('application/vnd.apache.parquet');
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(res.headers.get('content-encoding')).toBeNull();
		expect(res.headers.get('accept-ranges')).toBe('bytes');
	});

	test('no Range header gives the whole file with its real length', async () => {
		const res = rangeResponse(body, stored, null);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-length')).toBe('100');
		expect((await res.arrayBuffer()).byteLength).toBe(100);
	});

	test('a suffix range reads the footer (how Parquet readers start)', async () => {
		const res = rangeResponse(body, stored, 'bytes=-8');
		expect(res.headers.get('content-range')).toBe('bytes 92-99/100');
		expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([92, 93, 94, 95, 96, 97, 98, 99]);
	});

	test('an unsatisfiable range is a 416 naming the size', () => {
		const res = rangeResponse(body, stored, 'bytes=500-');
		expect(res.status).toBe(416);
		expect(res.headers.get('content-range')).toBe('bytes */100');
	});

	test('a HEAD gets the length without a body', async () => {
		const res = rangeResponse(body, stored, null, 'HEAD');
		expect(res.status).toBe(200);
		expect(res.headers.get('content-length')).toBe('100');
		expect(res.body).toBeNull();
	});
});

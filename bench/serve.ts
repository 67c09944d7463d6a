/**
 * A small static server for the benchmark: serves a built site the way a static host would,
 * compressed (gzip level 9, or brotli 11 with `{ brotli: true }`, as precompressed files would be:
 * a `.br` file beside the original is used as it is), answers `Range` requests on files sent
 * uncompressed (Parquet is read by row groups), and records every response's bytes on the wire so
 * the benchmark can count them by type. Compressed bodies are cached in memory.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { securityHeaders } from '../scripts/lib/security-headers.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.parquet': 'application/vnd.apache.parquet',
	'.csv': 'text/csv; charset=utf-8',
	'.woff2': 'font/woff2',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8'
};

/** Already-compressed formats a host would send as they are. */
const INCOMPRESSIBLE = new Set(['.parquet', '.woff2', '.png', '.zip', '.gz', '.br']);

/** One response, as the benchmark counts it. */
export interface Served {
	path: string;
	/** Wall-clock time (ms since epoch) the request arrived: comparable with the page's clock. */
	at: number;
	status: number;
	/** Bytes of the body on the wire (compressed when `encoding` is set). */
	bytes: number;
	/** Bytes of the file itself. */
	raw: number;
	encoding: 'gzip' | 'br' | null;
}

export interface StaticServer {
	url: string;
	/** Responses since the last `reset()`. */
	log: Served[];
	reset(): void;
	/**
	 * Compresses every file of the site now, as a host serving precompressed files would have:
	 * otherwise the first request for the 34 MB WASM or an 18 MB table waits for gzip -9.
	 */
	warm(): Promise<void>;
	/** Brotli (quality 11) size of a served path, for the "what if the host used brotli" column. */
	brotliSize(path: string): Promise<number>;
	close(): Promise<void>;
}

/** Maps a URL path to a file of the build: `/` → index.html, `/x` → x.html (prerendered pages). */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
	const clean = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
	const candidates =
		clean === '' ? ['index.html'] : [clean, `${clean}.html`, join(clean, 'index.html')];
	for (const c of candidates) {
		const file = join(root, c);
		if (!file.startsWith(root + sep) && file !== root) continue;
		const s = await stat(file).catch(() => null);
		if (s?.isFile()) return file;
	}
	return null;
}

/** Brotli 11 of a file: its precompressed `.br` when the build has one, else computed. */
async function brotliOf(file: string, raw: Buffer): Promise<Buffer> {
	const pre = await readFile(`${file}.br`).catch(() => null);
	if (pre) return pre;
	return brotliAsync(raw, {
		params: {
			[constants.BROTLI_PARAM_QUALITY]: 11,
			[constants.BROTLI_PARAM_SIZE_HINT]: raw.length
		}
	});
}

/** `bytes=a-b` of a file of `size` bytes, or null when absent or unsatisfiable. */
export function parseRange(header: string | undefined, size: number): [number, number] | null {
	const m = header && /^bytes=(\d+)-(\d*)$/.exec(header.trim());
	if (!m) return null;
	const start = Number(m[1]);
	const end = m[2] ? Math.min(Number(m[2]), size - 1) : size - 1;
	return start <= end ? [start, end] : null;
}

/** Starts the server on 127.0.0.1 and a free port. */
export async function serveStatic(
	root: string,
	options: { brotli?: boolean } = {}
): Promise<StaticServer> {
	const log: Served[] = [];
	const encoding = options.brotli ? 'br' : 'gzip';
	const bodies = new Map<string, Promise<{ raw: Buffer; gz: Buffer | null; etag: string }>>();

	function body(file: string) {
		let p = bodies.get(file);
		if (!p) {
			p = (async () => {
				const raw = await readFile(file);
				const etag = `"${createHash('sha1').update(raw).digest('hex').slice(0, 16)}"`;
				const gz = INCOMPRESSIBLE.has(extname(file))
					? null
					: await (options.brotli ? brotliOf(file, raw) : gzipAsync(raw, { level: 9 })).then((b) =>
							b.length < raw.length ? b : null
						);
				return { raw, gz, etag };
			})();
			bodies.set(file, p);
		}
		return p;
	}

	const server: Server = createServer((req, res) => {
		const at = Date.now();
		const url = new URL(req.url ?? '/', 'http://localhost');
		void (async () => {
			const file = await resolveFile(root, url.pathname);
			for (const [k, v] of Object.entries(securityHeaders(url.pathname))) res.setHeader(k, v);
			if (!file) {
				res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
				log.push({ path: url.pathname, at, status: 404, bytes: 9, raw: 9, encoding: null });
				return;
			}
			const { raw, gz, etag } = await body(file);
			const accepts = new RegExp(`\\b${encoding}\\b`).test(
				String(req.headers['accept-encoding'] ?? '')
			);
			const range = gz ? null : parseRange(req.headers.range, raw.length);
			const send = gz && accepts ? gz : range ? raw.subarray(range[0], range[1] + 1) : raw;
			res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
			res.setHeader('etag', etag);
			// No caching between runs: every run is a first visit in a fresh browser context anyway.
			res.setHeader('cache-control', 'no-cache');
			if (send === gz) res.setHeader('content-encoding', encoding);
			if (!gz) res.setHeader('accept-ranges', 'bytes');
			if (range) res.setHeader('content-range', `bytes ${range[0]}-${range[1]}/${raw.length}`);
			res.setHeader('content-length', send.length);
			const status = range ? 206 : 200;
			res.writeHead(status);
			res.end(req.method === 'HEAD' ? undefined : send);
			log.push({
				path: url.pathname,
				at,
				status,
				bytes: send.length,
				raw: raw.length,
				encoding: send === gz ? encoding : null
			});
		})().catch((e: unknown) => {
			res.writeHead(500).end(String(e));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const brotli = new Map<string, Promise<number>>();
	return {
		url: `http://127.0.0.1:${port}`,
		log,
		reset: () => void log.splice(0),
		async warm() {
			const files = await readdir(root, { recursive: true, withFileTypes: true });
			for (const f of files) if (f.isFile()) await body(join(f.parentPath, f.name));
		},
		brotliSize(path: string) {
			let p = brotli.get(path);
			if (!p) {
				p = (async () => {
					const file = await resolveFile(root, path);
					if (!file) return 0;
					const raw = await readFile(file);
					if (INCOMPRESSIBLE.has(extname(file))) return raw.length;
					const br = await brotliAsync(raw, {
						params: {
							[constants.BROTLI_PARAM_QUALITY]: 11,
							[constants.BROTLI_PARAM_SIZE_HINT]: raw.length
						}
					});
					return Math.min(br.length, raw.length);
				})();
				brotli.set(path, p);
			}
			return p;
		},
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

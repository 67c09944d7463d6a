import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { isCompressible, precompress, precompressLine } from './precompress.ts';

let root: string;
let site: string;
let cache: string;
const text = (n: number) => 'Tablero Clúster, iniciativas clúster de Colombia. '.repeat(n);

beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'precompress-'));
	site = join(root, 'build');
	cache = join(root, 'cache');
	await mkdir(join(site, '_app', 'immutable'), { recursive: true });
	await mkdir(join(site, 'data'), { recursive: true });
	await writeFile(join(site, 'index.html'), `<!doctype html><p>${text(100)}</p>`);
	await writeFile(
		join(site, '_app', 'immutable', 'app.js'),
		`console.log(${JSON.stringify(text(80))})`
	);
	await writeFile(join(site, 'data', 'manifest.json'), JSON.stringify({ texto: text(60) }));
	await writeFile(join(site, 'data', 'tabla.parquet'), text(100));
	await writeFile(join(site, 'data', 'paquete.zip'), text(100));
	await writeFile(join(site, 'small.css'), 'body{margin:0}');
	await writeFile(
		join(site, '_headers'),
		`/*\n  X-Content-Type-Options: nosniff\n${'#'.repeat(2000)}\n`
	);
});

afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

async function listing(dir: string): Promise<string[]> {
	return ((await readdir(dir, { recursive: true })) as string[])
		.map((f) => f.replaceAll('\\', '/'))
		.sort();
}

describe('isCompressible', () => {
	test('text and wasm of 1 KB or more; not Parquet, zip, fonts, images or _headers', () => {
		expect(isCompressible('a/b.html', 2000)).toBe(true);
		expect(isCompressible('x.wasm', 34_000_000)).toBe(true);
		expect(isCompressible('site.webmanifest', 1024)).toBe(true);
		expect(isCompressible('small.css', 1023)).toBe(false);
		for (const f of ['d.parquet', 'd.zip', 'f.woff2', 'i.png', 'i.jpg', '_headers', 'a.js.br'])
			expect(isCompressible(f, 10_000), f).toBe(false);
	});
});

describe('precompress', () => {
	test('precompress(dir) writes .br and .gz beside each compressible file, and only there', async () => {
		const r = await precompress(site, cache);
		const files = await listing(site);
		expect(files.filter((f) => /\.(br|gz)$/.test(f))).toEqual([
			'_app/immutable/app.js.br',
			'_app/immutable/app.js.gz',
			'data/manifest.json.br',
			'data/manifest.json.gz',
			'index.html.br',
			'index.html.gz'
		]);
		expect(r).toMatchObject({ files: 3, compressed: 3 });
		const html = await readFile(join(site, 'index.html'));
		expect(brotliDecompressSync(await readFile(join(site, 'index.html.br')))).toEqual(html);
		expect(gunzipSync(await readFile(join(site, 'index.html.gz')))).toEqual(html);
		expect(precompressLine(r)).toMatch(
			/^\[built\] precompress: 3 archivos, .* MB → br .* MB, gz .* MB, \d+ ms/
		);
	});

	test('a warm cache compresses nothing again and writes the same bytes', async () => {
		await precompress(site, cache);
		const first = await readFile(join(site, 'index.html.br'));
		const firstGz = await readFile(join(site, 'index.html.gz'));
		const cached = await listing(cache);
		const cachedAt = await Promise.all(
			cached.map((f) => stat(join(cache, f)).then((s) => s.mtimeMs))
		);

		const again = await precompress(site, cache);
		expect(again.compressed).toBe(0);
		expect(precompressLine(again)).toMatch(/^\[fresh\] precompress: 3 archivos/);
		expect(await listing(cache)).toEqual(cached);
		expect(
			await Promise.all(cached.map((f) => stat(join(cache, f)).then((s) => s.mtimeMs)))
		).toEqual(cachedAt);
		expect(await readFile(join(site, 'index.html.br'))).toEqual(first);
		expect(await readFile(join(site, 'index.html.gz'))).toEqual(firstGz);
	});

	test('compressing twice from a cold cache gives identical bytes (gzip mtime 0)', async () => {
		await precompress(site, cache);
		const br = await readFile(join(site, 'index.html.br'));
		const gz = await readFile(join(site, 'index.html.gz'));
		expect(gz.readUInt32LE(4)).toBe(0);
		await rm(cache, { recursive: true });
		await precompress(site, cache);
		expect(await readFile(join(site, 'index.html.br'))).toEqual(br);
		expect(await readFile(join(site, 'index.html.gz'))).toEqual(gz);
	});

	test('a changed file is compressed again; unchanged ones come from the cache', async () => {
		await precompress(site, cache);
		await writeFile(join(site, 'index.html'), `<!doctype html><p>${text(120)}</p>`);
		const r = await precompress(site, cache);
		expect(r.compressed).toBe(1);
		expect(brotliDecompressSync(await readFile(join(site, 'index.html.br'))).toString()).toContain(
			text(120)
		);
	});

	test('no copy is written when compression would not make the file smaller', async () => {
		// Incompressible but fixed bytes: a chain of SHA-256 digests.
		const blocks = [createHash('sha256').update('semilla').digest()];
		while (blocks.length < 128) blocks.push(createHash('sha256').update(blocks.at(-1)!).digest());
		const noise = Buffer.concat(blocks);
		await writeFile(join(site, 'noise.js'), noise);
		await precompress(site, cache);
		const files = await listing(site);
		expect(files).not.toContain('noise.js.gz');
		expect(files).not.toContain('noise.js.br');
	});

	test('files of identical content (one cache entry) are all compressed from a cold cache', async () => {
		const same = `{"pagina":${JSON.stringify(text(4_000))}}`;
		for (const n of ['a', 'b', 'c', 'd']) await writeFile(join(site, `${n}.json`), same);
		await precompress(site, cache);
		for (const n of ['a', 'b', 'c', 'd']) {
			expect(gunzipSync(await readFile(join(site, `${n}.json.gz`))).toString()).toBe(same);
			expect(brotliDecompressSync(await readFile(join(site, `${n}.json.br`))).toString()).toBe(
				same
			);
		}
	});
});

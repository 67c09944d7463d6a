import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PRECACHE_MAX_BYTES, appVersion, basePath, precacheStaticFile } from './app-version.js';

let root: string;

beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'app-version-'));
	await mkdir(join(root, 'src', 'lib'), { recursive: true });
	await mkdir(join(root, 'static', 'data'), { recursive: true });
	await writeFile(join(root, 'src', 'app.html'), '<html></html>');
	await writeFile(join(root, 'src', 'lib', 'a.ts'), 'export const a = 1;');
	await writeFile(join(root, 'static', 'data', 'small.parquet'), 'x'.repeat(10));
	await writeFile(join(root, 'static', 'data', 'big.parquet'), 'x'.repeat(PRECACHE_MAX_BYTES + 1));
	await writeFile(join(root, 'static', 'data', 'todo.zip'), 'x');
});

afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('appVersion', () => {
	test('appVersion(root, inputs) is the same for the same inputs', () => {
		const v = appVersion(root, ['src', 'static'], ['']);
		expect(v).toMatch(/^[0-9a-f]{12}$/);
		expect(appVersion(root, ['src', 'static'], [''])).toBe(v);
	});

	test('a changed or new file or another base path change it; a test file does not', async () => {
		const v = appVersion(root, ['src', 'static', 'missing.json'], ['']);
		expect(appVersion(root, ['src', 'static', 'missing.json'], ['/tablero'])).not.toBe(v);
		await writeFile(join(root, 'src', 'lib', 'b.ts'), '');
		const withB = appVersion(root, ['src', 'static', 'missing.json'], ['']);
		expect(withB).not.toBe(v);
		await writeFile(join(root, 'src', 'lib', 'b.test.ts'), 'test');
		expect(appVersion(root, ['src', 'static', 'missing.json'], [''])).toBe(withB);
		await writeFile(join(root, 'src', 'lib', 'a.ts'), 'export const a = 2;');
		expect(appVersion(root, ['src', 'static', 'missing.json'], [''])).not.toBe(withB);
	});
});

describe('precacheStaticFile', () => {
	test('small static files are precached; large ones and the CSV zip are not', () => {
		const keep = precacheStaticFile(join(root, 'static'));
		expect(keep('data/small.parquet')).toBe(true);
		expect(keep('data/big.parquet')).toBe(false);
		expect(keep('data/todo.zip')).toBe(false);
		expect(keep('.DS_Store')).toBe(false);
		expect(keep('no-such-file.json')).toBe(false);
	});
});

describe('basePath', () => {
	test('basePath(TABLERO_BASE) gives kit a leading slash and no trailing one', () => {
		expect(basePath(undefined)).toBe('');
		expect(basePath('')).toBe('');
		expect(basePath('/')).toBe('');
		expect(basePath('/tablero/')).toBe('/tablero');
		expect(basePath('/org/tablero')).toBe('/org/tablero');
	});

	test('a value kit would refuse, or that could break out of a URL, is an error', () => {
		for (const v of ['tablero', '/a b', '/a//b', 'https://x.org/t', '/t?x=1'])
			expect(() => basePath(v), v).toThrow(/TABLERO_BASE/);
	});
});

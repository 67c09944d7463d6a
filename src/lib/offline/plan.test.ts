import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
	ENGINE_CACHE,
	cacheKey,
	currentDataCache,
	dataCacheName,
	dataVersionOf,
	SHELL_ENDPOINTS,
	SHELL_ROUTES,
	precacheLists,
	shellPages,
	shellCacheName,
	staleCaches,
	strategyFor
} from './plan';

describe('cache names', () => {
	test('shellCacheName(version) and dataCacheName(manifest version) are distinct families', () => {
		expect(shellCacheName('abc')).toBe('tablero-app-abc');
		expect(dataCacheName('7e3e3b60bca8')).toBe('tablero-datos-7e3e3b60bca8');
	});

	test('dataVersionOf(manifest) reads `version`, and nothing unusable', () => {
		expect(dataVersionOf({ version: '7e3e3b60bca8', muestra: true })).toBe('7e3e3b60bca8');
		for (const m of [null, {}, { version: 3 }, { version: '' }, { version: 'a/b' }])
			expect(dataVersionOf(m)).toBeNull();
	});

	test('staleCaches: a new data version replaces the old data cache, the engine stays', () => {
		const keys = ['tablero-app-v1', 'tablero-datos-d1', ENGINE_CACHE, 'tablero-datos-d2'];
		expect(staleCaches(keys, 'tablero-app-v1', 'tablero-datos-d2')).toEqual(['tablero-datos-d1']);
	});

	test('staleCaches on activate: other builds go, the newest data cache is kept', () => {
		const keys = ['tablero-app-v1', 'tablero-datos-d1', 'tablero-app-v2', 'tablero-datos-d2'];
		expect(staleCaches(keys, 'tablero-app-v2', null)).toEqual([
			'tablero-app-v1',
			'tablero-datos-d1'
		]);
		expect(staleCaches(['other-app', ENGINE_CACHE], 'tablero-app-v2', null)).toEqual([]);
	});

	test('currentDataCache(keys) is the newest data cache', () => {
		expect(currentDataCache(['tablero-datos-d1', 'tablero-app-x', 'tablero-datos-d2'])).toBe(
			'tablero-datos-d2'
		);
		expect(currentDataCache(['tablero-app-x'])).toBeNull();
	});
});

describe('precacheLists', () => {
	const build = [
		'/_app/immutable/entry/start.abc.js',
		'/_app/immutable/assets/0.abc.css',
		'/_app/immutable/assets/noto-sans-latin-400-normal.abc.woff2',
		'/_app/immutable/assets/noto-sans-latin-400-normal.abc.woff',
		'/_app/immutable/assets/duckdb-eh.abc.wasm',
		'/_app/immutable/assets/duckdb-browser-eh.worker.abc.js'
	];
	const files = [
		'/favicon.svg',
		'/duckdb-worker.js',
		'/data/manifest.json',
		'/data/agregados_departamento.parquet',
		'/geo/departamentos.topo.json'
	];

	test('the shell has code, woff2 fonts, small static files and the top-level pages', () => {
		const { shell } = precacheLists('', build, files);
		expect(shell.slice(0, 5)).toEqual([
			'/_app/immutable/entry/start.abc.js',
			'/_app/immutable/assets/0.abc.css',
			'/_app/immutable/assets/noto-sans-latin-400-normal.abc.woff2',
			'/favicon.svg',
			'/duckdb-worker.js'
		]);
		expect(shell.slice(5)).toEqual(shellPages(''));
		expect(shell.some((f) => f.endsWith('.wasm') || f.includes('.worker.'))).toBe(false);
	});

	test('the data list is the small data and geometry files', () => {
		expect(precacheLists('', build, files).data).toEqual([
			'/data/manifest.json',
			'/data/agregados_departamento.parquet',
			'/geo/departamentos.topo.json'
		]);
	});

	test('shellPages(base) lists each page with its __data.json, under the base path', () => {
		expect(shellPages('').slice(0, 4)).toEqual([
			'/',
			'/__data.json',
			'/evolucion',
			'/evolucion/__data.json'
		]);
		const b = shellPages('/tablero');
		expect(b.slice(0, 2)).toEqual(['/tablero/', '/tablero/__data.json']);
		expect(b).toContain('/tablero/embed/mapa/__data.json');
		expect(b).toContain('/tablero/iniciativas/indice.json');
		expect(b.some((p) => p.includes('ANT-01'))).toBe(false);
	});

	test('SHELL_ROUTES and SHELL_ENDPOINTS are every route of src/routes without parameters', () => {
		const routes = fileURLToPath(new URL('../../routes', import.meta.url));
		const pages: string[] = [];
		const endpoints: string[] = [];
		for (const file of readdirSync(routes, { recursive: true }) as string[]) {
			const rel = file.split(sep).join('/');
			if (rel.includes('[')) continue;
			const dir = `/${rel.split('/').slice(0, -1).join('/')}`;
			if (rel.endsWith('+page.svelte')) pages.push(dir === '/' ? '/' : dir);
			if (rel.endsWith('+server.ts')) endpoints.push(dir);
		}
		expect([...SHELL_ROUTES].sort()).toEqual(pages.sort());
		expect([...SHELL_ENDPOINTS].sort()).toEqual(endpoints.sort());
	});
});

describe('strategyFor', () => {
	test.each([
		['/', true, 'page'],
		['/iniciativas/ANT-01', true, 'page'],
		['/data/manifest.json', false, 'manifest'],
		['/data/resultados.parquet', false, 'data'],
		['/geo/departamentos.topo.json', false, 'data'],
		['/_app/immutable/assets/duckdb-eh.abc.wasm', false, 'engine'],
		['/_app/immutable/assets/duckdb-browser-eh.worker.abc.js', false, 'engine'],
		['/_app/immutable/entry/start.abc.js', false, 'immutable'],
		['/evolucion/__data.json', false, 'other'],
		['/duckdb-worker.js', false, 'other'],
		['/service-worker.js', false, 'network'],
		['/_app/version.json', false, 'network']
	])('strategyFor(%s, navigate: %s) is %s', (path, navigate, expected) => {
		expect(strategyFor(path, '', navigate)).toBe(expected);
	});

	test('under a base path, what lies outside it is left to the network', () => {
		expect(strategyFor('/otra/cosa', '/tablero', true)).toBe('network');
		expect(strategyFor('/tableros', '/tablero', true)).toBe('network');
		expect(strategyFor('/tablero/data/manifest.json', '/tablero', false)).toBe('manifest');
		expect(strategyFor('/tablero', '/tablero', true)).toBe('page');
	});

	test('cacheKey drops the query: prerendered pages ignore it', () => {
		expect(cacheKey('http://x.test/evolucion?indicador=a#t')).toBe('http://x.test/evolucion');
	});
});

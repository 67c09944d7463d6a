import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPage, siteURL } from './browser.ts';
import { engineSettled } from './page-states.ts';
import { prerenderedRoutes } from './routes.ts';

// The manifest `vite preview` serves (kit's preview serves .svelte-kit/output/client).
const SERVED_MANIFEST = fileURLToPath(
	new URL('../../.svelte-kit/output/client/data/manifest.json', import.meta.url)
);

/** Opens `/` with the service worker allowed and waits until it controls the page. */
async function openControlled(path = '/') {
	const visit = await openPage(path, { serviceWorkers: 'allow' });
	await visit.page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller) return;
		await new Promise((resolve) =>
			navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
		);
	});
	return visit;
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** What a fetch from the page gets: the status, or 'error' when it fails. */
const probe = (page: Page, path: string) =>
	page.evaluate(
		(p) =>
			fetch(p).then(
				(r) => r.status,
				() => 'error'
			),
		path
	);

const profiles = prerenderedRoutes().filter((p) => p.startsWith('/iniciativas/'));

describe('offline after the first visit (service worker)', () => {
	test('/, /evolucion, /iniciativas and a visited profile render offline', async () => {
		expect(profiles.length).toBeGreaterThan(1);
		const [visited, notVisited] = profiles as [string, string];
		const visit = await openControlled('/');
		const { page, context } = visit;
		const names = await cacheNames(page);
		expect(names.some((n) => n.startsWith('tablero-app-'))).toBe(true);
		expect(names.some((n) => n.startsWith('tablero-datos-'))).toBe(true);

		// Visit one profile online: profiles are cached when visited, not precached.
		await page.goto(siteURL(visited));
		await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
		// On the first visit the engine (if the page starts it) was fetched before the worker
		// controlled the page; a controlled page's engine requests go through the worker's cache.
		await page.goto(siteURL('/'));
		const engineOnline = await engineSettled(page);
		if (engineOnline === 'listo') {
			const engine = await page.evaluate(async () =>
				(await (await caches.open('tablero-motor')).keys()).map((r) => r.url)
			);
			expect(engine).toEqual(
				expect.arrayContaining([
					expect.stringMatching(/\.wasm$/),
					expect.stringMatching(/duckdb-browser-[\w-]+\.worker\.[\w-]+\.js$/)
				])
			);
		}

		await context.setOffline(true);
		// The service worker's own requests must fail too: an uncached data file is fetched by the
		// worker, so it answers 404 when the worker is online and fails when it is offline.
		expect(await probe(page, '/data/no-existe.parquet')).toBe('error');

		const home = await page.goto(siteURL('/'));
		expect(home?.status()).toBe(200);
		expect(home?.fromServiceWorker()).toBe(true);
		await page.locator('svg path').first().waitFor();
		expect(await page.locator('svg path').count()).toBeGreaterThanOrEqual(33);
		// The engine starts offline too (WASM and worker from the cache, tables from the data cache).
		if (engineOnline === 'listo') expect(await engineSettled(page)).toBe('listo');

		// Another indicator, offline: its data come from the cached files (the map refills).
		const fillsNow = () =>
			page
				.locator('svg path[fill]')
				.evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')).join());
		const before = await fillsNow();
		const current = await page.locator('#indicador').inputValue();
		const other = await page
			.locator('#indicador option')
			.evaluateAll(
				(os, cur) => os.map((o) => (o as HTMLOptionElement).value).find((v) => v !== cur),
				current
			);
		await page.selectOption('#indicador', other!);
		await expect.poll(fillsNow, { timeout: 30_000 }).not.toBe(before);

		// Client-side navigation (kit fetches the route's code and __data.json) from the cache.
		await page.getByRole('navigation', { name: 'Secciones' }).getByText('Evolución').click();
		await page.waitForURL(/\/evolucion$/);
		await expect(page.locator('h1').first().textContent()).resolves.toMatch(/\S/);

		for (const path of ['/evolucion', '/iniciativas', visited, '/embed/mapa']) {
			const res = await page.goto(siteURL(path));
			expect(res?.status(), path).toBe(200);
			await expect(page.locator('h1').first().textContent(), path).resolves.toMatch(/\S/);
		}
		// A cached embed keeps the framing header of the original response.
		const embed = await page.goto(siteURL('/embed/mapa'));
		expect(embed?.headers()['content-security-policy']).toContain('frame-ancestors *');

		// A page never visited: a plain Spanish offline page, not a browser error.
		const unknown = await page.goto(siteURL(notVisited));
		expect(unknown?.status()).toBe(503);
		await expect(page.locator('h1').textContent()).resolves.toBe('Sin conexión');

		await context.setOffline(false);
		expect(visit.pageErrors).toEqual([]);
		// Kit's registration script is in the CSP's hashes; the worker is allowed by worker-src.
		expect(visit.consoleErrors.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
	});

	test('a data file answers HEAD and Range requests from the cache, offline', async () => {
		const { page, context } = await openControlled('/');
		await context.setOffline(true);
		const tail = await page.evaluate(async () => {
			const r = await fetch('/data/agregados_departamento.parquet', {
				headers: { Range: 'bytes=-4' }
			});
			const whole = await fetch('/data/agregados_departamento.parquet');
			// hyparquet asks for the length with a HEAD first.
			const head = await fetch('/data/agregados_departamento.parquet', { method: 'HEAD' });
			return {
				headStatus: head.status,
				headLength: head.headers.get('content-length'),
				status: r.status,
				range: r.headers.get('content-range'),
				text: await r.text(),
				wholeStatus: whole.status,
				wholeBytes: (await whole.arrayBuffer()).byteLength
			};
		});
		await context.setOffline(false);
		expect(tail.status).toBe(206);
		expect(tail.text).toBe('PAR1');
		expect(tail.wholeStatus).toBe(200);
		expect(tail.headStatus).toBe(200);
		expect(tail.headLength).toBe(String(tail.wholeBytes));
		expect(tail.range).toBe(
			`bytes ${tail.wholeBytes - 4}-${tail.wholeBytes - 1}/${tail.wholeBytes}`
		);
	});

	test('online, a Range read of an uncached data file caches the whole file and answers the slice', async () => {
		const { page } = await openControlled('/');
		const got = await page.evaluate(async () => {
			const name = (await caches.keys()).filter((k) => k.startsWith('tablero-datos-')).at(-1)!;
			const cache = await caches.open(name);
			const url = new URL('/data/resultados.parquet', location.href).href;
			await cache.delete(url);
			const r = await fetch(url, { headers: { Range: 'bytes=0-3' } });
			const stored = await cache.match(url);
			return {
				status: r.status,
				text: await r.text(),
				range: r.headers.get('content-range'),
				storedStatus: stored?.status,
				storedBytes: stored ? (await stored.arrayBuffer()).byteLength : 0
			};
		});
		expect(got.status).toBe(206);
		expect(got.text).toBe('PAR1');
		expect(got.storedStatus).toBe(200);
		expect(got.range).toBe(`bytes 0-3/${got.storedBytes}`);
	});

	test('a new data version in manifest.json replaces the old data cache', async () => {
		const { page } = await openControlled('/');
		const original = await readFile(SERVED_MANIFEST, 'utf8');
		const version = (JSON.parse(original) as { version: string }).version;
		expect(await cacheNames(page)).toContain(`tablero-datos-${version}`);
		try {
			await writeFile(
				SERVED_MANIFEST,
				JSON.stringify({ ...JSON.parse(original), version: 'e2e-nueva' })
			);
			expect(await probe(page, '/data/manifest.json')).toBe(200);
			const names = await cacheNames(page);
			expect(names).toContain('tablero-datos-e2e-nueva');
			expect(names).not.toContain(`tablero-datos-${version}`);
			// Data files are then fetched again into the new cache.
			expect(await probe(page, '/data/sectores.parquet')).toBe(200);
			const cached = await page.evaluate(async () =>
				(await (await caches.open('tablero-datos-e2e-nueva')).keys()).map(
					(r) => new URL(r.url).pathname
				)
			);
			expect(cached.sort()).toEqual(['/data/manifest.json', '/data/sectores.parquet']);
		} finally {
			await writeFile(SERVED_MANIFEST, original);
		}
	});
});

import { describe, expect, test } from 'vitest';
import { openPage, siteURL } from './browser.ts';

describe('home page /', () => {
	test('openPage("/") loads cleanly and stays on our origin', async () => {
		const visit = await openPage('/', { waitUntil: 'networkidle' });

		expect(visit.response.status()).toBe(200);
		await expect(visit.page.locator('h1').first().textContent()).resolves.toBeTruthy();
		const lang = await visit.page.evaluate(() => document.documentElement.lang);
		expect(lang).toMatch(/^es\b/);

		expect(visit.consoleErrors).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
		expect(visit.failedRequests).toEqual([]);
		expect(visit.badResponses).toEqual([]);
		expect(visit.foreignRequests).toEqual([]);
	});

	test('the page carries a Content-Security-Policy <meta> that allows WASM and workers', async () => {
		const { page } = await openPage('/');

		const csp = await page
			.locator('meta[http-equiv="content-security-policy" i]')
			.getAttribute('content');
		expect(csp).toBeTruthy();
		expect(csp).toContain("'wasm-unsafe-eval'");
		expect(csp).toMatch(/(^|;)\s*worker-src\s/);
	});

	test("the server sends frame-ancestors 'self' for /", async () => {
		const res = await fetch(siteURL('/'));
		await res.body?.cancel();

		expect(res.status).toBe(200);
		expect(res.headers.get('content-security-policy') ?? '').toContain("frame-ancestors 'self'");
	});
});

describe('navigation', () => {
	test.each([
		['/', 'Mapa', 'page'],
		['/evolucion', 'Evolución', 'page'],
		['/datos', 'Datos', 'page'],
		['/iniciativas/HUI-01', 'Iniciativas', 'true']
	])('%s marks «%s» as the current section', async (path, label, value) => {
		const { page } = await openPage(path);
		const nav = page.getByRole('navigation', { name: 'Secciones' });

		await expect(nav.getByRole('link', { name: label }).getAttribute('aria-current')).resolves.toBe(
			value
		);
		await expect(nav.locator('a[aria-current]').count()).resolves.toBe(1);
	});
});

import { describe, expect, test } from 'vitest';
import config from '../../svelte.config.js';
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

	test.each(['/', '/evolucion', '/explorar', '/embed/mapa'])(
		'%s: every CSP directive is exactly the configured one (svelte.config.js), plus script hashes',
		async (path) => {
			const { page } = await openPage(path);
			const meta = await page
				.locator('meta[http-equiv="content-security-policy" i]')
				.getAttribute('content');
			const parse = (text: string) =>
				new Map(
					text
						.split(';')
						.map((d) => d.trim().split(/\s+/))
						.filter((d) => d[0])
						.map(([name, ...values]) => [name!, values])
				);
			const shown = parse(meta ?? '');
			const configured = config.kit!.csp!.directives as Record<string, string[]>;
			expect([...shown.keys()].sort()).toEqual(Object.keys(configured).sort());
			for (const [name, values] of Object.entries(configured)) {
				const quoted = values.map((v) => (/^(https?:|data:|blob:)/.test(v) ? v : `'${v}'`));
				const extra = shown.get(name)!.filter((v) => !quoted.includes(v));
				expect(shown.get(name), name).toEqual(expect.arrayContaining(quoted));
				// Only kit's own inline scripts may add anything: their sha256 hashes.
				if (name === 'script-src') for (const v of extra) expect(v).toMatch(/^'sha256-[\w+/=]+'$/);
				else expect(extra, name).toEqual([]);
			}
		}
	);

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
		['/iniciativas/HUI-01', 'Iniciativas', 'true'],
		['/departamentos/11', 'Departamentos', 'true']
	])('%s marks «%s» as the current section', async (path, label, value) => {
		const { page } = await openPage(path);
		const nav = page.getByRole('navigation', { name: 'Secciones' });

		await expect(nav.getByRole('link', { name: label }).getAttribute('aria-current')).resolves.toBe(
			value
		);
		await expect(nav.locator('a[aria-current]').count()).resolves.toBe(1);
	});
});

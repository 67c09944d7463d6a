import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPage, siteURL, type PageVisit } from './browser.ts';

/** The English /datos and /explorar (issue 14): English UI, links and URL writes keep /en/. */

function clean(visit: PageVisit) {
	expect(visit.consoleErrors).toEqual([]);
	expect(visit.pageErrors).toEqual([]);
	expect(visit.failedRequests).toEqual([]);
}

async function consoleReady(page: Page) {
	await page.locator('[data-consola="listo"]').waitFor({ timeout: 45_000 });
}

describe('/en/datos', () => {
	test('is in English; the citation cites the English page; links stay in English', async () => {
		const visit = await openPage('/en/datos');
		const { page } = visit;
		await expect(page.locator('h1').innerText()).resolves.toBe('Open data');
		const apa = page.getByTestId('cita-apa');
		await expect(apa.innerText()).resolves.toMatch(/^Tablero Clúster Project\. \(\d{4}\)\./);
		await page.waitForFunction(() =>
			document.querySelector('[data-testid="cita-apa"]')?.textContent?.includes('/en/datos')
		);
		await expect(page.getByTestId('cita-bibtex').innerText()).resolves.toContain(
			'howpublished = {Data set}'
		);
		for (const href of await page.$$eval('main a[href]', (as) =>
			as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)
		))
			if (/\/(explorar|datos)$/.test(href)) expect(href).toMatch(/\/en\/(explorar|datos)$/);
		clean(visit);
	});
});

describe('/en/explorar', () => {
	test('runs a query in English and keeps /en/ in the URL it writes', async () => {
		const visit = await openPage('/en/explorar?foo=1');
		const { page } = visit;
		// The notices appear once the page has read its URL, after hydration.
		await expect
			.poll(() => page.locator('.notices li').allInnerTexts())
			.toEqual(['The unknown parameter “foo” was ignored.']);
		await consoleReady(page);
		await expect(page.locator('[data-consola="listo"]').innerText()).resolves.toMatch(
			/^Console ready: \d+ tables loaded\.$/
		);
		await page.fill('#sql', 'SELECT 1 AS uno');
		await page.getByRole('button', { name: 'Run' }).click();
		await page.waitForURL(/\/en\/explorar\?sql=/);
		await consoleReady(page);
		await expect(page.getByTestId('resumen-resultado').innerText()).resolves.toMatch(
			/^1 row · 1 column · \d+ ms$/
		);
		await page.fill('#sql', 'SELECT * FROM nope');
		await page.getByRole('button', { name: 'Run' }).click();
		await consoleReady(page);
		await expect(page.getByTestId('mensaje-consulta').innerText()).resolves.toMatch(
			/^Unknown table, column or function: /
		);
		clean(visit);
	});
});

describe('/en/… offline', () => {
	test('the English shell is precached and an unknown English page gets an English offline page', async () => {
		const visit = await openPage('/en/datos', { serviceWorkers: 'allow' });
		const { page } = visit;
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (navigator.serviceWorker.controller) return;
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		});
		await page.context().setOffline(true);
		// Never visited in English, but precached with the shell.
		const explore = await page.goto(siteURL('/en/explorar'));
		expect(explore?.status()).toBe(200);
		expect(explore?.fromServiceWorker()).toBe(true);
		await expect(page.locator('h1').innerText()).resolves.toBe('Explore the data with SQL');

		const unknown = await page.goto(siteURL('/en/iniciativas/no-such-initiative'));
		expect(unknown?.status()).toBe(503);
		await expect(page.locator('h1').textContent()).resolves.toBe('Offline');
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-US');
		const links = await page.$$eval('a', (as) => as.map((a) => new URL(a.href).pathname));
		expect(links).toContain('/en/datos');
		await page.context().setOffline(false);
		expect(visit.pageErrors).toEqual([]);
	});
});

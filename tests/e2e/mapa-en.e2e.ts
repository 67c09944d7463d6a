// The English map (/en, /en?modo=cambio, /en/embed/mapa): none of the map's Spanish words from
// the catalogue (messages/map.ts, map-change.ts) are on the page, URL writes stay on /en, and links
// keep the language.
import type { Frame, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import * as m from '../../src/lib/i18n/messages/map.ts';
import * as c from '../../src/lib/i18n/messages/map-change.ts';
import { openPage } from './browser.ts';
import { openDisclosures } from './page-states.ts';

/**
 * The catalogue's fixed Spanish texts that differ from their English and have two words or more
 * (a single word such as «Nivel» may also be part of a Spanish data label).
 */
const spanish = [...Object.values(m), ...Object.values(c)]
	.map((x) => x.es)
	.filter((es, i, all): es is string => typeof es === 'string' && all.indexOf(es) === i)
	.filter((es) => es.trim().includes(' '))
	.filter((es) => ![...Object.values(m), ...Object.values(c)].some((x) => x.en === es));

/** Text and accessible names of the scope's element, with the catalogue's Spanish found in them. */
async function spanishIn(scope: Page | Frame, selector: string): Promise<string[]> {
	const text = await scope.$eval(selector, (el) =>
		[
			el.textContent ?? '',
			...[...el.querySelectorAll('[aria-label],[title]')].map(
				(e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`
			)
		].join('\n')
	);
	return spanish.filter((es) => text.includes(es.trim()));
}

const hydrated = (page: Page) =>
	page.waitForFunction(() => performance.getEntriesByName('tablero:hidratado').length > 0);

test('/en speaks English; a department opens with English words and English links', async () => {
	const visit = await openPage('/en?depto=05');
	const { page } = visit;
	await hydrated(page);
	await page.locator('[data-testid="panel-departamento"][aria-busy="false"]').waitFor();
	await openDisclosures(page);
	expect(await page.title()).toBe(m.pageTitle.en);
	expect(await page.locator('h1').textContent()).toBe(m.heading.en);
	expect(await spanishIn(page, 'main')).toEqual([]);
	const dept = page.locator(
		'[data-testid="panel-departamento"] [data-testid="enlace-departamento"]'
	);
	expect(new URL(await dept.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(
		'/en/departamentos/05'
	);
	const dir = page.getByTestId('enlace-directorio');
	expect(new URL(await dir.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(
		'/en/iniciativas'
	);
	expect(visit.pageErrors).toEqual([]);
});

test('/en?modo=cambio speaks English and its URL writes stay on /en', async () => {
	const visit = await openPage('/en');
	const { page } = visit;
	await hydrated(page);
	await page.getByRole('radio', { name: m.modeChange.en }).check();
	await expect.poll(() => new URL(page.url()).searchParams.get('modo')).toBe('cambio');
	expect(new URL(page.url()).pathname).toBe('/en');
	await page.locator('[data-testid="tabla-cambio"]').waitFor({ state: 'attached' });
	await page.locator('.grid[aria-busy="false"]').waitFor();
	await expect.poll(() => page.getByTestId('titulo-mapa').textContent()).toMatch(/^Change in /);
	await page.getByRole('radio', { name: c.allReporting.en }).check();
	await expect.poll(() => new URL(page.url()).searchParams.get('cohorte')).toBe('todas');
	expect(new URL(page.url()).pathname).toBe('/en');
	await page.locator('.grid[aria-busy="false"]').waitFor();
	// A department's change panel.
	await page.locator('[data-testid="ranking"] button').first().click();
	await page.getByTestId('panel-cambio').waitFor();
	await openDisclosures(page);
	expect(await spanishIn(page, 'main')).toEqual([]);
	const dept = page.locator('[data-testid="panel-cambio"] [data-testid="enlace-departamento"]');
	expect(new URL(await dept.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toMatch(
		/^\/en\/departamentos\/\d\d$/
	);
	expect(visit.pageErrors).toEqual([]);
});

test('/en/embed/mapa speaks English in both modes and links to the English map', async () => {
	for (const query of ['', '?modo=cambio']) {
		const visit = await openPage(`/en/embed/mapa${query}`);
		const { page } = visit;
		await hydrated(page);
		await page
			.locator(query ? '[data-testid="tabla-cambio"]' : '[data-testid="tabla-departamentos"]')
			.waitFor({ state: 'attached' });
		await expect
			.poll(() => page.getByTestId('titulo-mapa').textContent())
			.toMatch(query ? /^Change in / : / by department · /);
		await openDisclosures(page);
		expect(await spanishIn(page, 'body')).toEqual([]);
		const full = await page.$$eval('a[href]', (as) =>
			as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)
		);
		expect(full).toContain('/en');
		expect(full.filter((p) => p === '/' || (p.startsWith('/') && !p.startsWith('/en')))).toEqual(
			[]
		);
		expect(visit.pageErrors).toEqual([]);
		await visit.close();
	}
});

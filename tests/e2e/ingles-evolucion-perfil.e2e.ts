import { describe, expect, test } from 'vitest';
import { openPage } from './browser.ts';

/*
 * The English evolution page, an English profile and their embeds: English texts, Spanish data
 * marked lang="es", and every link and URL update staying under /en/.
 */
const HUILA_COFFEE = 'HUI-01';
const href = (el: Element) => (el as HTMLAnchorElement).href;

describe('/en/evolucion and /en/iniciativas/<id>', () => {
	test('/en/evolucion is in English and its URL updates keep /en/', async () => {
		const { page, pageErrors } = await openPage('/en/evolucion', { waitUntil: 'networkidle' });
		await expect(page.locator('h1').textContent()).resolves.toBe('Evolution of the indicators');
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-US');
		await page.getByRole('radio', { name: 'By sector' }).check();
		// The URL is written after the next frame: wait for the query, then check the path kept /en/.
		await expect.poll(() => new URL(page.url()).search).toContain('desglose=sector');
		expect(new URL(page.url()).pathname).toBe('/en/evolucion');
		await expect
			.poll(() => page.getByTestId('titulo-evolucion').textContent())
			.toContain('by sector');
		await expect(page.locator('.table-alt summary').textContent()).resolves.toBe(
			"Show the chart's data as a table"
		);
		expect(pageErrors).toEqual([]);
	});

	test('/en/iniciativas/<id>: English frame, Spanish names marked, links and replaceState keep /en/', async () => {
		const { page, pageErrors } = await openPage(`/en/iniciativas/${HUILA_COFFEE}`, {
			waitUntil: 'networkidle'
		});
		await expect(page.locator('h1').getAttribute('lang')).resolves.toBe('es');
		await expect(page.locator('#identidad-titulo').textContent()).resolves.toBe('Identity');
		await expect(page.locator('.crumbs a').evaluate(href)).resolves.toMatch(/\/en\/iniciativas$/);
		await expect(page.getByTestId('enlace-evolucion').evaluate(href)).resolves.toMatch(
			/\/en\/evolucion\?/
		);
		await expect(page.getByTestId('enlace-mapa').evaluate(href)).resolves.toMatch(/\/en\?depto=/);
		await page.getByTestId('perfil-dimension').selectOption('todas');
		await expect.poll(() => new URL(page.url()).pathname).toBe(`/en/iniciativas/${HUILA_COFFEE}`);
		expect(new URL(page.url()).search).toBe('?dimension=todas');
		await expect(page.getByTestId('perfil-dimension-nota').textContent()).resolves.toMatch(
			/^Showing the \d+ indicators of the \d+ dimensions\.$/
		);
		expect(pageErrors).toEqual([]);
	});

	test('/en/embed/evolucion links to the English page', async () => {
		const { page } = await openPage('/en/embed/evolucion', { waitUntil: 'networkidle' });
		await expect(page.locator('header a').first().evaluate(href)).resolves.toMatch(
			/\/en\/evolucion(\?|$)/
		);
		await expect(page.locator('details summary').textContent()).resolves.toBe(
			'Show the data as a table'
		);
	});
});

// The Spanish 404 page: prerendered as 404.html for static hosts (which serve it at any missing
// address, however deep), with a working way home; and the in-app error page for client navigation.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { openPage } from './browser.ts';

const html = () => readFileSync('build/404.html', 'utf8');

test('build/404.html is Spanish, noindex, and starts its links at the site root', () => {
	const text = html();
	expect(text).toContain('<html lang="es');
	expect(text).toContain('Página no encontrada');
	expect(text).toContain('<meta name="robots" content="noindex"');
	expect(text).toMatch(/<base href="\/[^"]*"/);
});

test('served at a deep missing address (as a static host does), the way home leads to the map', async () => {
	const visit = await openPage('/no/existe/aqui', {
		prepare: (context) =>
			context.route('**/no/existe/aqui', (r) =>
				r.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body: html() })
			)
	});
	const { page } = visit;
	expect(await page.locator('h1').textContent()).toBe('Página no encontrada');
	const home = page.getByRole('link', { name: 'Ir al mapa de inicio' });
	await home.click();
	await page.locator('svg[data-testid="mapa"] path[data-divipola]').first().waitFor();
	expect(new URL(page.url()).pathname).toBe('/');
	expect(visit.pageErrors).toEqual([]);
});

test('a missing address reached inside the app shows the Spanish page with a way home', async () => {
	const { page } = await openPage('/');
	await page.evaluate(() => {
		const a = document.createElement('a');
		a.href = './no-existe';
		a.textContent = 'x';
		document.body.append(a);
		a.click();
	});
	await page.getByRole('heading', { name: 'Página no encontrada' }).waitFor();
	expect(await page.getByRole('link', { name: 'Ir al mapa de inicio' }).count()).toBe(1);
});

// The shared interface in English: the 404 page under /en, and the chart toolbar of the English map
// (its buttons, the embed dialog, and embed code that points at the English embed).
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { openPage } from './browser.ts';

test('build/en/404.html is English, noindex, and its way home leads to /en', () => {
	const html = readFileSync('build/en/404.html', 'utf8');
	expect(html).toContain('<html lang="en');
	expect(html).toContain('<title>Page not found · Tablero Clúster</title>');
	expect(html).toContain('<h1 class="svelte-');
	expect(html).toContain('Go to the home map');
	expect(html).toMatch(/<a class="home[^"]*" href="\/en"/);
	expect(html).toContain('<meta name="robots" content="noindex"');
	expect(html).not.toMatch(/Página no encontrada|Ir al mapa de inicio/);
});

test('the English map toolbar speaks English and embeds the English map', async () => {
	const visit = await openPage('/en');
	const { page } = visit;
	await page.waitForFunction(() => performance.getEntriesByName('tablero:hidratado').length > 0);
	const toolbar = page.getByRole('group', { name: /^Download, export or share: / });
	for (const name of ['Download CSV', 'Download Parquet', 'SVG image', 'PNG image', 'Copy link'])
		expect(await toolbar.getByRole('button', { name, exact: true }).count()).toBe(1);
	await toolbar.getByRole('button', { name: 'Embed', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this view' });
	await dialog.waitFor();
	const code = await dialog.locator('textarea').inputValue();
	expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/en\/embed\/mapa/);
	expect(await dialog.getByRole('button', { name: 'Copy code' }).count()).toBe(1);
	expect(await dialog.getByRole('button', { name: 'Close' }).count()).toBe(1);
	expect(visit.pageErrors).toEqual([]);
});

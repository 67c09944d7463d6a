// The English mirror (/en/…): every page speaks English (text, accessible names, titles,
// exports), its links stay in English, and the language switch keeps the view.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Catalog } from '../../src/lib/data/types.ts';
import { openPage, siteURL } from './browser.ts';
import { englishVocabulary, foreignWords, pageTexts } from './english.ts';
import { publishedCatalog } from './expected.ts';
import { hydrated, openDisclosures } from './page-states.ts';
import { prerenderedRoutes } from './routes.ts';

const isEnglish = (p: string) => p === '/en' || p.startsWith('/en/');
const all = prerenderedRoutes();
const english = all.filter(isEnglish);
const FILES = /\.(csv|parquet|zip|json|svg|png|geojson|topojson)(\?|$)/;

let vocab: Set<string>;
let catalog: Catalog;
let dir: string;
beforeAll(async () => {
	vocab = englishVocabulary();
	catalog = await publishedCatalog();
	dir = await mkdtemp(join(tmpdir(), 'ingles-e2e-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

test('every Spanish page has its English twin, and no other page exists', () => {
	const twins = all.filter((p) => !isEnglish(p)).map((p) => (p === '/' ? '/en' : `/en${p}`));
	expect(english.sort()).toEqual(twins.sort());
});

test('the check knows Spanish when it sees it', () => {
	for (const w of ['cargando', 'descargar', 'seleccione', 'cerrar', 'mostrar', 'ninguno'])
		expect(vocab.has(w), w).toBe(false);
	const found = foreignWords(['Cargando los datos…', 'Download «indicador» CSV'], vocab);
	expect(found).toContain('Cargando  ←  «Cargando los datos…»');
	expect(found).toContain('datos  ←  «Cargando los datos…»');
	expect(found.filter((f) => f.includes('Download'))).toEqual([]);
});

async function loaded(path: string) {
	const visit = await openPage(path, { waitUntil: 'networkidle' });
	// The 404 page runs no JavaScript (static hosts serve it anywhere): nothing to hydrate.
	if (!path.endsWith('/404')) await hydrated(visit.page);
	await openDisclosures(visit.page);
	return visit;
}

describe('English pages', () => {
	test.each(english)(
		'%s: English text, accessible names and titles; links stay English',
		async (path) => {
			const { page, pageErrors } = await loaded(path);
			expect(await page.getAttribute('html', 'lang')).toBe('en-US');
			expect(foreignWords(await pageTexts(page), vocab).join('\n')).toBe('');

			const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (ls) =>
				ls.map((l) => [l.getAttribute('hreflang'), new URL((l as HTMLLinkElement).href).pathname])
			);
			const spanish = path === '/en' ? '/' : path.slice(3);
			expect(alternates).toEqual(
				expect.arrayContaining([
					['es-CO', spanish],
					['en-US', path],
					['x-default', spanish]
				])
			);

			const links = await page.$$eval('a[href]', (as) =>
				as.map((a) => ({
					href: (a as HTMLAnchorElement).href,
					hreflang: a.getAttribute('hreflang'),
					fragment: a.getAttribute('href')!.startsWith('#'),
					download: a.hasAttribute('download')
				}))
			);
			const origin = new URL(page.url()).origin;
			const internal = links.filter(
				(l) =>
					l.href.startsWith(origin) &&
					!l.download &&
					!l.fragment &&
					!l.hreflang &&
					!FILES.test(new URL(l.href).pathname)
			);
			const spanishLinks = internal
				.map((l) => new URL(l.href).pathname)
				.filter((p) => !isEnglish(p));
			expect(spanishLinks).toEqual([]);
			expect(pageErrors).toEqual([]);
		}
	);
});

/** A filtered map view: an indicator other than the first, the first edition, a sector. */
function filtered() {
	const ind = catalog.indicadores.find((i) => i.codigo !== catalog.indicadores[0]!.codigo)!;
	const sector = catalog.sectores.find((s) => s.sector_id === 'turismo') ?? catalog.sectores[0]!;
	const edicion = catalog.ediciones[0]!.edicion;
	return { ind: ind.codigo, edicion: String(edicion), sector: sector.sector_id };
}

async function controls(page: Page) {
	return {
		ind: await page.inputValue('#indicador'),
		edicion: await page.inputValue('#edicion'),
		sector: await page.inputValue('#sector')
	};
}

test('the language switch on a filtered map keeps the filters, both ways', async () => {
	const f = filtered();
	const query = `?indicador=${f.ind}&edicion=${f.edicion}&sector=${f.sector}`;
	const { page } = await openPage(`/${query}`);
	await hydrated(page);
	expect(await controls(page)).toEqual(f);

	await Promise.all([page.waitForURL('**/en?**'), page.locator('a[hreflang="en-US"]').click()]);
	await hydrated(page);
	const url = new URL(page.url());
	expect(url.pathname).toBe('/en');
	expect(url.search).toBe(query);
	expect(await page.getAttribute('html', 'lang')).toBe('en-US');
	expect(await controls(page)).toEqual(f);
	expect(foreignWords([(await page.locator('h1').textContent()) ?? ''], vocab).join('\n')).toBe('');

	// A change on the English map is written to the English URL.
	// Not the latest edition: that is the default, which the URL leaves out.
	const other = catalog.ediciones.at(-2)!.edicion;
	await page.selectOption('#edicion', String(other));
	await expect.poll(() => new URL(page.url()).search).toContain(`edicion=${other}`);
	expect(new URL(page.url()).pathname).toBe('/en');

	await Promise.all([
		page.waitForURL((u) => u.pathname === '/'),
		page.locator('a[hreflang="es-CO"]').click()
	]);
	await hydrated(page);
	expect(await page.getAttribute('html', 'lang')).toBe('es-CO');
	expect(await controls(page)).toEqual({ ...f, edicion: String(other) });
});

/** Clicks a button whose accessible name matches and saves what it downloads. */
async function download(page: Page, name: RegExp): Promise<string> {
	const [d] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name }).first().click()
	]);
	const file = join(dir, d.suggestedFilename());
	await d.saveAs(file);
	return file;
}

test('files exported from the English map are in English: CSV notes and header, SVG text', async () => {
	const f = filtered();
	const { page } = await openPage(`/en?indicador=${f.ind}&edicion=${f.edicion}&sector=${f.sector}`);
	await hydrated(page);
	await page.locator('.grid[aria-busy="false"]').waitFor();

	const csv = (await readFile(await download(page, /CSV/), 'utf8')).slice(1).split('\r\n');
	const notes = csv.filter((l) => l.startsWith('#'));
	const header = csv.find((l) => l && !l.startsWith('#'))!;
	expect(notes.length).toBeGreaterThan(0);
	expect(foreignWords([...notes, header.replaceAll('_', ' ')], vocab).join('\n')).toBe('');

	const svg = await readFile(await download(page, /SVG/), 'utf8');
	const texts = [...svg.matchAll(/<(text|title|desc)[^>]*>([^<]*)</g)].map((m) => m[2]!);
	expect(texts.length).toBeGreaterThan(0);
	expect(foreignWords(texts, vocab).join('\n')).toBe('');
});

test('the English 404 page is English, for static hosts that serve the nearest 404.html', () => {
	const html = readFileSync('build/en/404.html', 'utf8');
	expect(html).toContain('<html lang="en-US"');
	expect(html).toContain('<meta name="robots" content="noindex"');
});

test('English embeds may be framed by other sites like the Spanish ones; English pages may not', async () => {
	const csp = async (path: string) =>
		(await fetch(siteURL(path))).headers.get('content-security-policy') ?? '';
	expect(await csp('/en/embed/mapa')).toContain('frame-ancestors *');
	expect(await csp('/en')).toContain("frame-ancestors 'self'");
	const file = readFileSync('build/_headers', 'utf8');
	expect(file).toMatch(/^\/en\/embed\/\*\n {2}Content-Security-Policy: frame-ancestors \*$/m);
	expect(file).toMatch(/^\/en\n {2}Content-Security-Policy: frame-ancestors 'self'$/m);
});

// Accessibility of every prerendered route: axe-core (WCAG 2.1 A/AA) in three states, charts'
// names and table alternatives, prefers-reduced-motion, and a keyboard-only walk of the map page.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Catalog } from '../../src/lib/data/types.ts';
import { axeViolations } from './axe.ts';
import { openPage } from './browser.ts';
import { publishedCatalog } from './expected.ts';
import { engineSettled, holdData, openDisclosures } from './page-states.ts';
import { isEmbed, prerenderedRoutes } from './routes.ts';

const routes = prerenderedRoutes();
let catalog: Catalog;
beforeAll(async () => {
	catalog = await publishedCatalog();
});

test('the route list comes from the build and includes the map page', () => {
	expect(routes).toContain('/');
});

describe('axe-core, WCAG 2.1 A and AA: zero violations', () => {
	test.each(routes)('%s as prerendered (data still loading)', async (path) => {
		const { page } = await openPage(path, { prepare: holdData });
		await openDisclosures(page);
		expect(await axeViolations(page)).toEqual([]);
	});

	test.each(routes)('%s with its data loaded', async (path) => {
		const { page } = await openPage(path);
		expect(await engineSettled(page)).not.toBe('error');
		await openDisclosures(page);
		expect(await axeViolations(page)).toEqual([]);
	});

	test.each([
		['desktop', 1280],
		['320 px', 320]
	])('/ with a department panel open (%s)', async (_, width) => {
		const depto = catalog.departamentos[0]!.divipola;
		const { page } = await openPage(`/?depto=${depto}`, {
			context: { viewport: { width, height: 900 } }
		});
		const panel = page.locator('[data-testid="panel-departamento"]');
		await panel.locator('table tbody tr').first().waitFor({ timeout: 30_000 });
		await engineSettled(page);
		// Hovering a department shows the tooltip too.
		await page.locator(`[data-testid="mapa"] path[data-divipola="${depto}"]`).hover();
		await page.locator('#map-tooltip').waitFor();
		await openDisclosures(page);
		expect(await axeViolations(page)).toEqual([]);
	});
});

/** Charts and maps: visible SVGs or canvases big enough to carry data (icons are smaller). */
function chartReport(page: Page) {
	return page.evaluate(() => {
		const out: { chart: string; name: string; hasTable: boolean }[] = [];
		const main = document.querySelector('main') ?? document.body;
		for (const el of main.querySelectorAll<SVGSVGElement | HTMLCanvasElement>('svg, canvas')) {
			if (el.closest('[aria-hidden="true"]') || el.parentElement?.closest('svg')) continue;
			const box = el.getBoundingClientRect();
			if (box.width < 120 || box.height < 80) continue;
			const labelledby = (el.getAttribute('aria-labelledby') ?? '')
				.split(/\s+/)
				.map((id) => document.getElementById(id)?.textContent ?? '')
				.join(' ');
			const title = el.querySelector(':scope > title')?.textContent ?? '';
			const name =
				[el.getAttribute('aria-label') ?? '', labelledby, title]
					.map((t) => t.trim())
					.find(Boolean) ?? '';
			// The table alternative lives in the chart's own block (figure, section, article…) or
			// right after it (a <details> below the figure), not merely somewhere on the page. A
			// graphic whose accessible name says all it shows (a locator map) declares it with
			// data-alternativa="nombre".
			let hasTable = el.getAttribute('data-alternativa') === 'nombre';
			for (let p = el.parentElement; p && p !== main && p !== document.body; p = p.parentElement)
				if (p.querySelector('table')) {
					hasTable = true;
					break;
				}
			const block = el.closest('figure, section, article');
			if (block?.nextElementSibling?.querySelector('table')) hasTable = true;
			for (const attr of ['aria-details', 'aria-describedby'])
				for (const id of (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean))
					if (document.getElementById(id)?.querySelector('table')) hasTable = true;
			const id = el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? el.outerHTML;
			out.push({ chart: id.slice(0, 80), name, hasTable });
		}
		return out;
	});
}

describe('every chart and map has an accessible name and a table alternative', () => {
	test.each(routes)('%s', async (path) => {
		const { page } = await openPage(path);
		await engineSettled(page);
		const charts = await chartReport(page);
		if (path === '/') expect(charts.length).toBeGreaterThan(0);
		for (const c of charts) {
			expect(c.name, `${c.chart} has no accessible name`).not.toBe('');
			expect(c.hasTable, `${c.chart} has no table in its block`).toBe(true);
		}
	});
});

describe('prefers-reduced-motion', () => {
	const running = (page: Page) =>
		page.evaluate(
			() =>
				document
					.getAnimations()
					.filter((a) => a.playState === 'running' && a instanceof CSSAnimation).length
		);

	// A link to a view other than the prerendered one shows a spinner while its data arrives.
	const LOADING = '/?edicion=1';
	test('without the preference the loading spinner does animate (the check below can fail)', async () => {
		const { page } = await openPage(LOADING, { prepare: holdData });
		await page.locator('[data-estado-datos="cargando"] .spinner').waitFor({ timeout: 15_000 });
		expect(await running(page)).toBeGreaterThan(0);
	});

	test.each(routes)('%s: no running CSS animation while the engine loads', async (path) => {
		const { page } = await openPage(path === '/' ? LOADING : path, {
			prepare: holdData,
			context: { reducedMotion: 'reduce' }
		});
		if (path === '/') await page.locator('[data-estado-datos="cargando"] .spinner').waitFor();
		else await page.waitForTimeout(500);
		expect(await running(page)).toBe(0);
	});
});

/** What has focus, in terms a failing assertion can show. */
interface Focused {
	tag: string;
	id: string;
	divipola: string | null;
	/** A bar of the ranking beside the map. */
	ranking: boolean;
	text: string;
	/** Position in document order among all elements. */
	order: number;
	inMain: boolean;
	visible: boolean;
	/** A visible focus indicator: outline, box-shadow, or (map paths) a focus ring drawn in SVG. */
	indicator: boolean;
}

function focused(page: Page): Promise<Focused | null> {
	return page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return null;
		const all = [...document.querySelectorAll('*')];
		const box = el.getBoundingClientRect();
		const css = getComputedStyle(el);
		const divipola = el.getAttribute('data-divipola');
		const ring = divipola
			? document.querySelector(`[data-ring="activo"][data-for="${divipola}"]`) !== null
			: false;
		return {
			tag: el.tagName.toLowerCase(),
			id: el.id,
			divipola,
			ranking: el.hasAttribute('data-depto'),
			text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
			order: all.indexOf(el),
			inMain: el.closest('main') !== null,
			visible: box.width > 0 && box.height > 0,
			indicator: ring || css.outlineStyle !== 'none' || css.boxShadow !== 'none'
		};
	});
}

describe('keyboard only, on /', () => {
	test('the skip link is the first stop, shows itself and jumps into the main content', async () => {
		const { page } = await openPage('/');
		await page.keyboard.press('Tab');
		const first = await focused(page);
		expect(first?.text).toBe('Saltar al contenido');
		const box = await page.locator('a.skip').boundingBox();
		expect(box && box.x >= 0 && box.y >= 0).toBe(true);
		await page.keyboard.press('Enter');
		expect(new URL(page.url()).hash).toBe('#contenido');
		await page.keyboard.press('Tab');
		expect((await focused(page))?.inMain).toBe(true);
	});

	test('Tab reaches every control in document order, each with a visible focus indicator', async () => {
		const { page } = await openPage('/');
		await engineSettled(page);
		const stops: Focused[] = [];
		for (let i = 0; i < 150; i++) {
			await page.keyboard.press('Tab');
			const f = await focused(page);
			if (!f || (stops.length > 0 && f.order <= stops.at(-1)!.order)) break;
			stops.push(f);
		}
		const where = (pred: (f: Focused) => boolean) => stops.findIndex(pred);
		const controls = ['indicador', 'edicion', 'sector'].map((id) => where((f) => f.id === id));
		const paths = stops.filter((f) => f.divipola);
		const summary = where((f) => f.tag === 'summary');

		expect(controls.every((i) => i >= 0)).toBe(true);
		expect(controls).toEqual([...controls].sort((a, b) => a - b));
		// The map is one Tab stop (roving tabindex; arrows move inside it, see primera-pantalla.e2e.ts),
		// and so is the ranking beside it: 33 stops each would bury the controls after them.
		expect(paths).toHaveLength(1);
		expect(stops.filter((f) => f.ranking)).toHaveLength(1);
		expect(where((f) => f.divipola !== null)).toBeGreaterThan(controls[2]!);
		expect(summary).toBeGreaterThan(stops.lastIndexOf(paths.at(-1)!));
		// Document order (no positive tabindex), every stop visible and visibly focused.
		for (let i = 1; i < stops.length; i++)
			expect(stops[i]!.order).toBeGreaterThan(stops[i - 1]!.order);
		expect(stops.filter((f) => !f.visible)).toEqual([]);
		expect(stops.filter((f) => !f.indicator)).toEqual([]);
	});

	test('Enter opens a department panel, Cerrar closes it and focus returns to the department', async () => {
		const { page } = await openPage('/');
		await engineSettled(page);
		let f: Focused | null = null;
		for (let i = 0; i < 40 && !f?.divipola; i++) {
			await page.keyboard.press('Tab');
			f = await focused(page);
		}
		const id = f!.divipola!;
		await page.keyboard.press('Enter');
		const panel = page.locator('[data-testid="panel-departamento"]');
		await panel.waitFor();
		const name = catalog.departamentos.find((d) => d.divipola === id)!.nombre;
		await expect.poll(async () => (await focused(page))?.text).toBe(name);
		await panel.locator('table tbody tr').first().waitFor({ timeout: 30_000 });

		await page.keyboard.press('Tab');
		expect((await focused(page))?.text).toMatch(/^Cerrar/);
		await page.keyboard.press('Enter');
		await panel.waitFor({ state: 'detached' });
		await expect.poll(async () => (await focused(page))?.divipola).toBe(id);
		// The map updates the URL a frame after the view (see +page.svelte): poll for it.
		await expect.poll(() => page.url()).not.toContain('depto=');

		// Escape closes the panel too, from anywhere inside it.
		await page.keyboard.press('Enter');
		await panel.waitFor();
		await page.keyboard.press('Escape');
		await panel.waitFor({ state: 'detached' });
		await expect.poll(async () => (await focused(page))?.divipola).toBe(id);
	});

	test('the table alternative opens from the keyboard and lists every department', async () => {
		const { page } = await openPage('/');
		await engineSettled(page);
		let f: Focused | null = null;
		for (let i = 0; i < 80 && f?.tag !== 'summary'; i++) {
			await page.keyboard.press('Tab');
			f = await focused(page);
		}
		expect(f?.text).toContain('tabla');
		const table = page.locator('[data-testid="tabla-departamentos"]');
		expect(await table.isVisible()).toBe(false);
		await page.keyboard.press('Enter');
		await table.waitFor({ state: 'visible' });
		expect(await table.locator('tbody tr').count()).toBe(catalog.departamentos.length);
	});
});

describe('site frame on every non-embed route', () => {
	test.each(routes.filter((r) => !isEmbed(r)))(
		'%s: one h1, a main landmark and a skip link to it',
		async (path) => {
			const { page } = await openPage(path, { prepare: holdData });
			expect(await page.locator('h1').count()).toBe(1);
			expect(await page.locator('main#contenido').count()).toBe(1);
			expect(await page.locator('a.skip[href="#contenido"]').count()).toBe(1);
		}
	);
});

// The home page's first screen on a phone (360 × 740) and a wide screen (1440 × 900): the map is
// on it, the ranking beside it is linked to it, the keyboard walk (one Tab stop, arrows, Enter,
// Escape) works with the tooltip never over the focused department, and /explorar keeps a wide
// result inside its own box.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPage } from './browser.ts';
import { engineSettled } from './page-states.ts';

const SIZES = [
	{ width: 360, height: 740 },
	{ width: 1440, height: 900 }
];

/** The map's top and the share of its height inside the first screen. */
function mapPosition(page: Page) {
	return page.evaluate(() => {
		const r = document.querySelector('svg[data-testid="mapa"]')!.getBoundingClientRect();
		const visible = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
		return { top: r.top, share: visible / r.height };
	});
}

/** Page-level horizontal scroll: the document wider than the viewport. */
function pageScrollsSideways(page: Page) {
	return page.evaluate(
		() => document.documentElement.scrollWidth > document.documentElement.clientWidth
	);
}

/** The focused map department, its box and the tooltip's box (if shown). */
function focusedDepartment(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement;
		const id = el?.getAttribute('data-divipola') ?? null;
		if (!el || !id || el.tagName.toLowerCase() !== 'path') return null;
		const box = el.getBoundingClientRect();
		const tip = document.querySelector('#map-tooltip')?.getBoundingClientRect() ?? null;
		const rect = (r: DOMRect) => ({ x0: r.left, y0: r.top, x1: r.right, y1: r.bottom });
		return { id, box: rect(box), tip: tip && rect(tip) };
	});
}

type Box = { x0: number; y0: number; x1: number; y1: number };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const centre = (b: Box) => ({ x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 });

describe.each(SIZES)('$width × $height', (size) => {
	test('the map is on the first screen, with the ranking and no sideways scroll', async () => {
		const visit = await openPage('/', { context: { viewport: size } });
		await engineSettled(visit.page);
		await visit.screenshot(`primera-pantalla-inicio-${size.width}`);
		const pos = await mapPosition(visit.page);
		expect(pos.top).toBeLessThan(size.height);
		if (size.width >= 1000) expect(pos.share).toBeGreaterThan(0.7);
		expect(await pageScrollsSideways(visit.page)).toBe(false);
		// The ranking lists departments in the map's colours, best first.
		const first = visit.page.locator('[data-testid="ranking"] button').first();
		const id = (await first.getAttribute('data-depto'))!;
		const barFill = await first
			.locator('.bar')
			.evaluate((el) => getComputedStyle(el).backgroundColor);
		const mapFill = await visit.page
			.locator(`svg[data-testid="mapa"] path[data-divipola="${id}"]`)
			.evaluate((el) => getComputedStyle(el).fill);
		expect(barFill).toBe(mapFill);
		expect(visit.consoleErrors).toEqual([]);
	});

	test('hovering a bar highlights its department on the map, and the other way round', async () => {
		const { page } = await openPage('/', { context: { viewport: size } });
		await engineSettled(page);
		const bar = page.locator('[data-testid="ranking"] button').nth(2);
		const id = (await bar.getAttribute('data-depto'))!;
		await bar.hover();
		await page.locator(`[data-ring="activo"][data-for="${id}"]`).waitFor();
		// A department whose box centre is its own (a concave one may have a neighbour there).
		await page.locator('svg[data-testid="mapa"]').scrollIntoViewIfNeeded();
		const other = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('[data-testid="ranking"] button')]
				.map((b) => b.dataset.depto!)
				.find((id) => {
					const p = document.querySelector(`svg[data-testid="mapa"] path[data-divipola="${id}"]`)!;
					const r = p.getBoundingClientRect();
					return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === p;
				})
		);
		expect(other).toBeDefined();
		await page.locator(`svg[data-testid="mapa"] path[data-divipola="${other}"]`).hover();
		await page.locator(`[data-testid="ranking"] button.active[data-depto="${other}"]`).waitFor();
	});

	test('keyboard: one Tab stop for the map, arrows move, Enter opens, Escape closes', async () => {
		const { page } = await openPage('/', { context: { viewport: size } });
		await engineSettled(page);
		let f = null;
		for (let i = 0; i < 40 && !f; i++) {
			await page.keyboard.press('Tab');
			f = await focusedDepartment(page);
		}
		expect(f).not.toBeNull();
		// One stop: the next Tab leaves the map.
		await page.keyboard.press('Tab');
		expect(await focusedDepartment(page)).toBeNull();
		await page.keyboard.press('Shift+Tab');
		const start = (await focusedDepartment(page))!;
		expect(start.id).toBe(f!.id);

		// Arrows move the way they point; the tooltip never covers the focused department.
		const seen = new Set([start.id]);
		let here = start;
		for (const key of [
			'ArrowRight',
			'ArrowDown',
			'ArrowLeft',
			'ArrowDown',
			'ArrowRight',
			'ArrowUp'
		]) {
			await page.keyboard.press(key);
			const next = (await focusedDepartment(page))!;
			expect(next, key).not.toBeNull();
			if (next.id !== here.id) {
				const a = centre(here.box);
				const b = centre(next.box);
				if (key === 'ArrowRight') expect(b.x).toBeGreaterThan(a.x);
				if (key === 'ArrowLeft') expect(b.x).toBeLessThan(a.x);
				if (key === 'ArrowDown') expect(b.y).toBeGreaterThan(a.y);
				if (key === 'ArrowUp') expect(b.y).toBeLessThan(a.y);
			}
			expect(next.tip, `tooltip of ${next.id}`).not.toBeNull();
			expect(overlaps(next.tip!, next.box), `tooltip over ${next.id}`).toBe(false);
			seen.add(next.id);
			here = next;
		}
		expect(seen.size).toBeGreaterThan(3);

		// Enter opens the department's panel; Escape closes it.
		await page.keyboard.press('Enter');
		const panel = page.locator('[data-testid="panel-departamento"]');
		await panel.waitFor();
		await expect.poll(() => page.url()).toContain(`depto=${here.id}`);
		await page.keyboard.press('Escape');
		await panel.waitFor({ state: 'detached' });
		await expect.poll(() => page.url()).not.toContain('depto=');
	});
});

test('/explorar at 360 px: a wide result scrolls inside its box, not the page', async () => {
	const visit = await openPage('/explorar', { context: { viewport: { width: 360, height: 740 } } });
	const { page } = visit;
	await page.locator('[data-consola="listo"]').waitFor({ timeout: 45_000 });
	await page.fill('#sql', 'SELECT * FROM iniciativas');
	await page.press('#sql', 'Control+Enter');
	await page.locator('[data-filas]').waitFor({ timeout: 45_000 });
	await visit.screenshot('primera-pantalla-explorar-resultado-360');
	expect(await pageScrollsSideways(page)).toBe(false);
	const box = await page.locator('.result').evaluate((el) => {
		const scroller = [el, ...el.querySelectorAll('*')].find(
			(e) => getComputedStyle(e).overflowX === 'auto' || getComputedStyle(e).overflowX === 'scroll'
		);
		return scroller ? { client: scroller.clientWidth, scroll: scroller.scrollWidth } : null;
	});
	expect(box).not.toBeNull();
	expect(box!.scroll).toBeGreaterThan(box!.client);
});

// Layout at a phone (320 px), a tablet (768 px) and a wide screen (1440 px) on every prerendered
// route: no horizontal scrolling, and a full-page screenshot in test-results/ to look at.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { openPage } from './browser.ts';
import { engineSettled, openDisclosures } from './page-states.ts';
import { prerenderedRoutes } from './routes.ts';

const WIDTHS = [320, 768, 1440];
const routes = prerenderedRoutes();

function name(path: string, width: number, extra = ''): string {
	const slug = path === '/' ? 'inicio' : path.replace(/^\/|\/$/g, '').replace(/\//g, '_');
	return `layout-${slug}${extra}-${width}`;
}

/** Width of the document and the elements that stick out past the viewport, if any. */
function overflow(page: Page) {
	return page.evaluate(() => {
		const vw = document.documentElement.clientWidth;
		// Content inside a box that scrolls or clips sideways (a wide table) is not page overflow.
		const clipped = (el: Element) => {
			for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
				if (getComputedStyle(p).overflowX !== 'visible') return true;
			return false;
		};
		const wide = [...document.querySelectorAll('body *')]
			.filter((el) => {
				const r = el.getBoundingClientRect();
				return r.width > 0 && r.right > vw + 1 && !clipped(el);
			})
			// Only the outermost culprits: their children stick out because they do.
			.filter((el, _, all) => !all.some((o) => o !== el && o.contains(el)))
			.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`)
			.slice(0, 5);
		return { scrollWidth: document.documentElement.scrollWidth, wide };
	});
}

describe.each(WIDTHS)('%i px wide', (width) => {
	test.each(routes)('%s fits without horizontal scrolling', async (path) => {
		const visit = await openPage(path, { context: { viewport: { width, height: 900 } } });
		await engineSettled(visit.page);
		await visit.screenshot(name(path, width));
		const o = await overflow(visit.page);
		expect(o.wide, `sticking out at ${width} px`).toEqual([]);
		expect(o.scrollWidth).toBeLessThanOrEqual(width);
		// Narrow screens turn wide tables into scrolling boxes, which axe checks for keyboard access.
		if (width === WIDTHS[0]) {
			await openDisclosures(visit.page);
			expect(await axeViolations(visit.page)).toEqual([]);
		}
	});

	test('/ with a department panel and the table open fits', async () => {
		const visit = await openPage('/?depto=05', { context: { viewport: { width, height: 900 } } });
		await visit.page
			.locator('[data-testid="panel-departamento"] table tbody tr')
			.first()
			.waitFor({ timeout: 30_000 });
		await engineSettled(visit.page);
		await openDisclosures(visit.page);
		await visit.screenshot(name('/', width, '-panel-tabla'));
		const o = await overflow(visit.page);
		expect(o.wide).toEqual([]);
		expect(o.scrollWidth).toBeLessThanOrEqual(width);
	});
});

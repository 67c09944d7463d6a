import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Catalog } from '../../src/lib/data/types.ts';
import { openPage, siteURL } from './browser.ts';
import { expectedFills, publishedCatalog } from './expected.ts';

let catalog: Catalog;
beforeAll(async () => {
	catalog = await publishedCatalog();
});

/** Fill of every department path, keyed by DIVIPOLA (`null` for the "sin datos" hatch). */
async function fills(page: Page): Promise<Map<string, string | null>> {
	const pairs = await page.$$eval('[data-testid="mapa"] path[data-divipola]', (paths) =>
		paths.map((p) => [p.getAttribute('data-divipola')!, p.getAttribute('fill')!] as const)
	);
	return new Map(pairs.map(([id, fill]) => [id, fill === 'url(#sin-datos)' ? null : fill]));
}

async function engineReady(page: Page) {
	await page.locator('[data-engine="listo"]').waitFor({ timeout: 30_000 });
	await page.locator('.grid[aria-busy="false"]').waitFor();
}

/** Picks options different from the defaults: a numeric indicator, the first edition, a sector. */
function otherView() {
	const ind = catalog.indicadores.find((i) => i.tipo === 'numero' && i.agregacion === 'suma')!;
	const edicion = catalog.ediciones[0]!.edicion;
	return { ind, edicion };
}

describe('the map', () => {
	test('the prerendered HTML already has 33 departments, the legend, headline and sample banner', async () => {
		const html = await (await fetch(siteURL('/'))).text();
		expect(html.match(/<path[^>]*data-divipola=/g)).toHaveLength(33);
		expect(html).toContain('data-testid="leyenda"');
		expect(html).toContain('data-testid="resumen-nacional"');
		expect(html).toContain('Datos de demostración');
		expect(html).toMatch(/data-divipola="11"/); // Bogotá, D.C. is its own shape
	});

	test('default view fills equal the Node query on the published Parquet', async () => {
		const { page } = await openPage('/');
		const s = {
			indicador: catalog.indicadores[0]!.codigo,
			edicion: catalog.ediciones.at(-1)!.edicion,
			sector: '*'
		};
		const { fills: expected } = await expectedFills(s);
		expect(await fills(page)).toEqual(expected);
	});

	test('changing indicator, edition and sector refills departments with the Node query values', async () => {
		const visit = await openPage('/');
		const { page } = visit;
		await engineReady(page);
		const { ind, edicion } = otherView();

		await page.selectOption('#indicador', ind.codigo);
		await expect.poll(() => page.url()).toContain(`indicador=${ind.codigo}`);
		await engineReady(page);
		let expected = (
			await expectedFills({
				indicador: ind.codigo,
				edicion: catalog.ediciones.at(-1)!.edicion,
				sector: '*'
			})
		).fills;
		await expect.poll(() => fills(page)).toEqual(expected);

		await page.selectOption('#edicion', String(edicion));
		await engineReady(page);
		expected = (await expectedFills({ indicador: ind.codigo, edicion, sector: '*' })).fills;
		await expect.poll(() => fills(page)).toEqual(expected);

		// A sector present in few departments, so several turn into "sin datos".
		const sector = catalog.sectores.find((x) => x.sector_id === 'turismo') ?? catalog.sectores[0]!;
		await page.selectOption('#sector', sector.sector_id);
		await engineReady(page);
		const res = await expectedFills({ indicador: ind.codigo, edicion, sector: sector.sector_id });
		await expect.poll(() => fills(page)).toEqual(res.fills);
		expect([...res.fills.values()].filter((v) => v === null).length).toBeGreaterThan(0);

		expect(visit.consoleErrors).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
		expect(visit.foreignRequests).toEqual([]);
		await visit.screenshot('mapa-filtrado');
	});

	test('the URL round-trips: reload and back/forward reproduce the view', async () => {
		const { ind, edicion } = otherView();
		const qs = `?indicador=${ind.codigo}&edicion=${edicion}`;
		const { page } = await openPage(`/${qs}`);
		await engineReady(page);
		const expected = (await expectedFills({ indicador: ind.codigo, edicion, sector: '*' })).fills;
		await expect.poll(() => fills(page)).toEqual(expected);
		expect(await page.inputValue('#indicador')).toBe(ind.codigo);
		expect(await page.inputValue('#edicion')).toBe(String(edicion));

		await page.selectOption('#edicion', String(catalog.ediciones.at(-1)!.edicion));
		await expect.poll(() => page.url()).not.toContain(`edicion=${edicion}`);
		await page.goBack();
		await expect.poll(() => page.inputValue('#edicion')).toBe(String(edicion));
		await engineReady(page);
		await expect.poll(() => fills(page)).toEqual(expected);

		await page.reload();
		await engineReady(page);
		await expect.poll(() => fills(page)).toEqual(expected);
	});

	test('bad parameters fall back to defaults with a visible notice', async () => {
		const { page, pageErrors } = await openPage(
			'/?indicador=%3Cscript%3Ealert(1)%3C/script%3E&edicion=abc&zzz=1'
		);
		const notice = page.locator('.notices');
		await expect.poll(() => notice.textContent()).toContain('no es un valor válido de «indicador»');
		expect(await notice.textContent()).toContain('desconocido «zzz»');
		expect(await page.inputValue('#indicador')).toBe(catalog.indicadores[0]!.codigo);
		expect(await page.locator('script:has-text("alert(1)")').count()).toBe(0);
		expect(pageErrors).toEqual([]);
	});

	test('keyboard alone reaches a department and opens its panel', async () => {
		const { page } = await openPage('/');
		await engineReady(page);
		let focused = '';
		for (let i = 0; i < 40 && !focused; i++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(
				() => document.activeElement?.getAttribute('data-divipola') ?? ''
			);
		}
		expect(focused).toMatch(/^\d\d$/);
		await expect.poll(() => page.locator('#map-tooltip').count()).toBe(1);
		await page.keyboard.press('Enter');
		const panel = page.locator('[data-testid="panel-departamento"]');
		await panel.waitFor();
		const name = catalog.departamentos.find((d) => d.divipola === focused)!.nombre;
		expect(await panel.locator('h3').textContent()).toBe(name);
		// The view answers first; the URL follows after the next frame.
		await expect.poll(() => page.url()).toContain(`depto=${focused}`);
		await expect.poll(() => panel.locator('table tbody tr').count()).toBe(catalog.ediciones.length);
	});

	test('with every .wasm request failing, the prerendered map stays and says filtering is unavailable', async () => {
		const visit = await openPage('/', { block: ['**/*.wasm'] });
		const { page } = visit;
		await page.locator('[data-engine="error"]').waitFor({ timeout: 30_000 });
		expect(await page.locator('[data-engine="error"]').textContent()).toContain(
			'El filtrado interactivo no está disponible'
		);
		expect(await page.locator('[data-testid="mapa"] path[data-divipola]').count()).toBe(33);
		expect(visit.pageErrors).toEqual([]);
	});
});

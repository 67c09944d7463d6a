import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Catalog } from '../../src/lib/data/types.ts';
import { openPage, siteURL, type PageVisit } from './browser.ts';
import { expectedDepartment, expectedFills, publishedCatalog } from './expected.ts';

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

/**
 * The map answers from the published Parquet, read in the page: waits for hydration and for the
 * view asked for to be drawn (no engine involved).
 */
async function settled(page: Page) {
	await page.waitForFunction(() => performance.getEntriesByName('tablero:hidratado').length > 0);
	await page.locator('.grid[aria-busy="false"]').waitFor();
}

/** Every visit here blocks `.wasm` (so the engine could not help) and checks none was asked for. */
const NO_WASM = { block: ['**/*.wasm'] };
function wasmRequests(visit: PageVisit): string[] {
	return visit.requests.filter((r) => /\.wasm(\?|$)/.test(r.url)).map((r) => r.url);
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
		const visit = await openPage('/', NO_WASM);
		const { page } = visit;
		await settled(page);
		const { ind, edicion } = otherView();

		await page.selectOption('#indicador', ind.codigo);
		await expect.poll(() => page.url()).toContain(`indicador=${ind.codigo}`);
		await settled(page);
		let expected = (
			await expectedFills({
				indicador: ind.codigo,
				edicion: catalog.ediciones.at(-1)!.edicion,
				sector: '*'
			})
		).fills;
		await expect.poll(() => fills(page)).toEqual(expected);

		await page.selectOption('#edicion', String(edicion));
		await settled(page);
		expected = (await expectedFills({ indicador: ind.codigo, edicion, sector: '*' })).fills;
		await expect.poll(() => fills(page)).toEqual(expected);

		// A sector present in few departments, so several turn into "sin datos".
		const sector = catalog.sectores.find((x) => x.sector_id === 'turismo') ?? catalog.sectores[0]!;
		await page.selectOption('#sector', sector.sector_id);
		await settled(page);
		const res = await expectedFills({ indicador: ind.codigo, edicion, sector: sector.sector_id });
		await expect.poll(() => fills(page)).toEqual(res.fills);
		expect([...res.fills.values()].filter((v) => v === null).length).toBeGreaterThan(0);

		expect(visit.consoleErrors).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
		expect(visit.foreignRequests).toEqual([]);
		expect(wasmRequests(visit)).toEqual([]);
		await visit.screenshot('mapa-filtrado');
	});

	test('the URL round-trips: reload and back/forward reproduce the view', async () => {
		const { ind, edicion } = otherView();
		const qs = `?indicador=${ind.codigo}&edicion=${edicion}`;
		const { page } = await openPage(`/${qs}`);
		await settled(page);
		const expected = (await expectedFills({ indicador: ind.codigo, edicion, sector: '*' })).fills;
		await expect.poll(() => fills(page)).toEqual(expected);
		expect(await page.inputValue('#indicador')).toBe(ind.codigo);
		expect(await page.inputValue('#edicion')).toBe(String(edicion));

		await page.selectOption('#edicion', String(catalog.ediciones.at(-1)!.edicion));
		await expect.poll(() => page.url()).not.toContain(`edicion=${edicion}`);
		await page.goBack();
		await expect.poll(() => page.inputValue('#edicion')).toBe(String(edicion));
		await settled(page);
		await expect.poll(() => fills(page)).toEqual(expected);

		await page.reload();
		await settled(page);
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
		await settled(page);
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

	test('a shared link draws its own view first: no frame shows another view as if it were it', async () => {
		const { ind, edicion } = otherView();
		const sector = catalog.sectores.find((x) => x.sector_id === 'turismo') ?? catalog.sectores[0]!;
		const expected = (
			await expectedFills({ indicador: ind.codigo, edicion, sector: sector.sector_id })
		).fills;
		const visit = await openPage(
			`/?indicador=${ind.codigo}&edicion=${edicion}&sector=${sector.sector_id}`,
			{
				...NO_WASM,
				// Records every state the map is drawn in, from the first paint on.
				prepare: (context) =>
					context.addInitScript(() => {
						const w = window as unknown as { mapFrames: unknown[] };
						w.mapFrames = [];
						const snap = () => {
							const grid = document.querySelector('.grid');
							const paths = document.querySelectorAll('[data-testid="mapa"] path[data-divipola]');
							if (!grid || !paths.length) return;
							const select = document.querySelector<HTMLSelectElement>('#indicador');
							w.mapFrames.push({
								busy: grid.getAttribute('aria-busy'),
								indicador: select?.value ?? '',
								title: document.querySelector('[data-testid="titulo-mapa"]')?.textContent ?? '',
								fills: [...paths].map((p) => [
									p.getAttribute('data-divipola'),
									getComputedStyle(p).fill
								])
							});
						};
						new MutationObserver(snap).observe(document, {
							subtree: true,
							childList: true,
							attributes: true,
							characterData: true
						});
					})
			}
		);
		const { page } = visit;
		await settled(page);
		await expect.poll(() => fills(page)).toEqual(expected);
		const frames = (await page.evaluate(
			() => (window as unknown as { mapFrames: unknown[] }).mapFrames
		)) as { busy: string; indicador: string; title: string; fills: [string, string][] }[];
		// Colours as the page computes them (rgb()), for comparison with the expected attributes.
		const shown = await fills(page);
		const computed = Object.fromEntries(
			await page.$$eval('[data-testid="mapa"] path[data-divipola]', (paths) =>
				paths.map((p) => [p.getAttribute('data-divipola')!, getComputedStyle(p).fill])
			)
		);
		expect(shown).toEqual(expected);
		const linkFrames = frames.filter((f) => f.indicador === ind.codigo);
		expect(linkFrames.length).toBeGreaterThan(0);
		const loadingFill = 'rgb(229, 231, 235)';
		for (const f of linkFrames) {
			// Under the link's controls, either a neutral loading state or the link's own fills.
			if (f.busy === 'true')
				expect(new Set(f.fills.map(([, fill]) => fill))).toEqual(new Set([loadingFill]));
			else expect(Object.fromEntries(f.fills)).toEqual(computed);
		}
		expect(linkFrames.at(-1)!.busy).toBe('false');
		expect(await page.locator('[data-testid="titulo-mapa"]').textContent()).toContain(ind.nombre);
		expect(wasmRequests(visit)).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
	});

	test('the department panel and its series come from the published Parquet, equal to the Node query', async () => {
		const visit = await openPage('/?depto=05', NO_WASM);
		const { page } = visit;
		await settled(page);
		const panel = page.locator('[data-testid="panel-departamento"]');
		await panel.waitFor();
		const s = {
			indicador: catalog.indicadores[0]!.codigo,
			edicion: catalog.ediciones.at(-1)!.edicion,
			sector: '*'
		};
		const rows = await expectedDepartment({ ...s, divipola: '05' });
		await expect
			.poll(() => panel.locator('ul.inits li').count(), { timeout: 15_000 })
			.toBe(Math.min(rows.length, 50));
		const names = await panel.locator('ul.inits li .name').allTextContents();
		expect(names.map((n) => n.trim())).toEqual(rows.slice(0, 50).map((r) => r.nombre));
		await expect.poll(() => panel.locator('table tbody tr').count()).toBe(catalog.ediciones.length);
		expect(wasmRequests(visit)).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
	});

	test('/ asks for no .wasm at all, even after every control was used', async () => {
		const visit = await openPage('/');
		const { page } = visit;
		await settled(page);
		const { ind, edicion } = otherView();
		await page.selectOption('#indicador', ind.codigo);
		await page.selectOption('#edicion', String(edicion));
		await page.selectOption('#sector', catalog.sectores[0]!.sector_id);
		await settled(page);
		await page.waitForLoadState('networkidle');
		expect(wasmRequests(visit)).toEqual([]);
		expect(visit.requests.filter((r) => r.url.includes('duckdb'))).toEqual([]);
	});
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openPublished, loadCatalog } from '../../src/lib/data/prerender.server.ts';
import type { NodeConnector } from '../../src/lib/data/node-connector.ts';
import type { Catalog } from '../../src/lib/data/types.ts';
import { formatComparisonValue } from '../../src/lib/format/comparison.ts';
import { formatInteger } from '../../src/lib/format/number.ts';
import { indicatorType } from '../../src/lib/indicators/registry.ts';
import { openPage, siteURL } from './browser.ts';

/*
 * Expected values come from SQL written here against the published Parquet (Node DuckDB), not
 * from the directory's own JavaScript filter, so a bug in either shows up as a mismatch.
 */
let conn: NodeConnector;
let catalog: Catalog;
const HUILA_COFFEE = 'HUI-01';

beforeAll(async () => {
	conn = openPublished();
	catalog = await loadCatalog(conn);
});
afterAll(async () => {
	await conn.close();
});

async function count(sql: string, params: (string | number)[], tables: string[]) {
	const [row] = await conn.query<{ n: number }>({ sql, params, tables });
	return row!.n;
}
const total = () => count('SELECT count(*) AS n FROM iniciativas', [], ['iniciativas']);

async function indexReady(page: Page) {
	// The full index has loaded when the count carries a timing.
	await page.locator('[data-testid="conteo"][data-ms]').waitFor({ timeout: 30_000 });
}
const shownCount = (page: Page) => page.locator('[data-testid="conteo"]').textContent();
const expectedCount = (n: number, of: number) =>
	`Mostrando ${formatInteger(n)} de ${formatInteger(of)} iniciativas`;

describe('the directory /iniciativas', () => {
	test('the prerendered HTML already lists the first page with links to profiles and the count', async () => {
		const html = await (await fetch(siteURL('/iniciativas'))).text();
		const n = await total();
		expect(html).toContain(expectedCount(n, n));
		expect(html.match(/<tr data-id=/g)).toHaveLength(Math.min(50, n));
		// Prerendered links may be relative ("./iniciativas/ANT-01").
		expect(html).toMatch(/<a href="\.?\/iniciativas\/[A-Za-z0-9_-]+"/);
		expect(html).toContain('aria-sort="ascending"');
		expect(html).toContain('Datos de demostración');
	});

	test('searching "cafe" finds "Clúster de Café del Huila", and the URL keeps the text', async () => {
		const visit = await openPage('/iniciativas');
		const { page } = visit;
		await indexReady(page);
		await page.fill('#buscar', 'cafe');
		const row = page.locator(`tr[data-id="${HUILA_COFFEE}"]`);
		await row.waitFor();
		expect(await row.locator('th a').textContent()).toBe('Clúster de Café del Huila');
		const n = await count(
			`SELECT count(*) AS n FROM iniciativas WHERE strpos(lower(strip_accents(concat_ws(' ',
			  nombre, municipio, iniciativa_id, departamento))), 'cafe') > 0`,
			[],
			['iniciativas']
		);
		await expect.poll(() => shownCount(page)).toBe(expectedCount(n, await total()));
		await expect.poll(() => page.url()).toContain('q=cafe');
		expect(visit.consoleErrors).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
		expect(visit.foreignRequests).toEqual([]);
		expect(visit.badResponses).toEqual([]);
	});

	test('several words in any order, with a typo, find it too; departments listed alphabetically', async () => {
		const { page } = await openPage('/iniciativas');
		await indexReady(page);
		for (const q of ['huila café', 'CAFE huilla']) {
			await page.fill('#buscar', q);
			await page.locator(`tr[data-id="${HUILA_COFFEE}"]`).waitFor();
		}
		const names = (await page.locator('#f-depto option').allTextContents()).slice(1);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'es')));
	});

	test('a sector filter changes the count to what the Node query says; a department includes shared initiatives', async () => {
		const { page } = await openPage('/iniciativas');
		await indexReady(page);
		const sector = catalog.sectores.find((s) => s.sector_id === 'agro') ?? catalog.sectores[0]!;
		await page.selectOption('#f-sector', sector.sector_id);
		const nSector = await count(
			'SELECT count(*) AS n FROM iniciativas WHERE sector_id = ?',
			[sector.sector_id],
			['iniciativas']
		);
		await expect.poll(() => shownCount(page)).toBe(expectedCount(nSector, await total()));
		await expect.poll(() => page.url()).toContain(`sector=${sector.sector_id}`);

		// A department with a shared initiative (Cauca, 19, in the sample), sector cleared.
		const [shared] = await conn.query<{ divipola: string }>({
			sql: 'SELECT divipola FROM iniciativa_departamentos WHERE NOT principal ORDER BY divipola LIMIT 1',
			params: [],
			tables: ['iniciativa_departamentos']
		});
		const depto = shared?.divipola ?? '05';
		await page.selectOption('#f-sector', '');
		await page.selectOption('#f-depto', depto);
		const nDepto = await count(
			'SELECT count(DISTINCT iniciativa_id) AS n FROM iniciativa_departamentos WHERE divipola = ?',
			[depto],
			['iniciativa_departamentos']
		);
		await expect.poll(() => shownCount(page)).toBe(expectedCount(nDepto, await total()));
		// The view answers first; the URL follows after the next frame.
		await expect.poll(() => page.url()).toContain(`depto=${depto}`);

		// The URL alone reproduces the view.
		await page.reload();
		await indexReady(page);
		expect(await page.inputValue('#f-depto')).toBe(depto);
		expect(await shownCount(page)).toBe(expectedCount(nDepto, await total()));
	});

	test('no match shows an empty state whose button clears the filters', async () => {
		const { page } = await openPage('/iniciativas?q=zzzqqq-ninguna');
		await indexReady(page);
		const empty = page.locator('[data-testid="sin-resultados"]');
		await empty.waitFor();
		await empty.getByRole('button', { name: 'Limpiar filtros' }).click();
		const n = await total();
		await expect.poll(() => shownCount(page)).toBe(expectedCount(n, n));
		expect(await page.inputValue('#buscar')).toBe('');
		expect(new URL(page.url()).search).toBe('');
	});

	test('sort headers work from the keyboard and say their order with aria-sort', async () => {
		const { page } = await openPage('/iniciativas');
		await indexReady(page);
		const header = page.locator('th', { has: page.getByRole('button', { name: /^Departamento/ }) });
		expect(await header.getAttribute('aria-sort')).toBe('none');
		await header.getByRole('button').focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
		await expect.poll(() => page.url()).toContain('orden=departamento');
		const [first] = await conn.query<{ nombre: string }>({
			sql: `SELECT d.nombre FROM iniciativas i JOIN departamentos d USING (divipola)
			      ORDER BY d.nombre COLLATE NOCASE LIMIT 1`,
			params: [],
			tables: ['iniciativas', 'departamentos']
		});
		expect(await page.locator('tbody tr').first().locator('td').first().textContent()).toContain(
			first!.nombre
		);
		await page.keyboard.press('Enter');
		await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
	});

	test('bad parameters fall back to defaults with a visible notice', async () => {
		const { page, pageErrors } = await openPage('/iniciativas?sector=%3Cb%3Ex&pagina=abc&zzz=1');
		const notice = page.locator('.notices');
		await expect.poll(() => notice.textContent()).toContain('no es un valor válido de «sector»');
		expect(await notice.textContent()).toContain('desconocido «zzz»');
		expect(await page.inputValue('#f-sector')).toBe('');
		expect(pageErrors).toEqual([]);
	});
});

describe('an initiative profile /iniciativas/[id]', () => {
	test(`/iniciativas/${HUILA_COFFEE}?dimension=todas loads directly with identity, locator map and every table`, async () => {
		const visit = await openPage(`/iniciativas/${HUILA_COFFEE}?dimension=todas`, {
			waitUntil: 'networkidle'
		});
		const { page } = visit;
		expect(visit.response.status()).toBe(200);
		expect(await page.locator('h1').textContent()).toBe('Clúster de Café del Huila');
		const identity = page.locator('[data-testid="identidad"]');
		expect(await identity.textContent()).toContain('Huila');
		expect(await identity.textContent()).toContain('«Café»');
		const map = page.locator('[data-testid="mapa-ubicacion"]');
		expect(await map.getAttribute('role')).toBe('img');
		expect(await map.getAttribute('aria-label')).toContain('Huila');
		expect(await map.locator('path[data-divipola="41"]').count()).toBe(1);
		await expect
			.poll(() => page.locator('[data-testid="tabla-madurez"] tbody tr').count())
			.toBe(catalog.ediciones.length);
		expect(await page.locator('table.cmp').count()).toBe(catalog.indicadores.length);

		// One cell checked against SQL: employment, latest edition, median of the sector.
		const ed = catalog.ediciones.at(-1)!;
		const [m] = await conn.query<{ v: number | null }>({
			sql: `SELECT median(r.valor) AS v FROM resultados r JOIN iniciativas i USING (iniciativa_id)
			      WHERE r.indicador = 'empleos' AND r.edicion = ? AND i.sector_id = 'agro'`,
			params: [ed.edicion],
			tables: ['resultados', 'iniciativas']
		});
		const ind = catalog.indicadores.find((i) => i.codigo === 'empleos')!;
		const cell = page
			.locator('table.cmp[data-indicador="empleos"] tbody tr')
			.filter({ has: page.locator('th', { hasText: ed.etiqueta }) })
			.locator('td')
			.nth(1);
		expect(await cell.textContent()).toContain(formatComparisonValue(ind, m!.v, false));

		// Editions it did not report read "sin datos", never 0.
		const [rep] = await conn.query<{ n: number }>({
			sql: 'SELECT count(DISTINCT edicion) AS n FROM resultados WHERE iniciativa_id = ?',
			params: [HUILA_COFFEE],
			tables: ['resultados']
		});
		const missing = catalog.ediciones.length - rep!.n;
		if (missing > 0)
			expect(
				await page.locator('[data-testid="tabla-madurez"] td', { hasText: 'no reportó' }).count()
			).toBe(missing);

		expect(visit.consoleErrors).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
		expect(visit.failedRequests).toEqual([]);
		expect(visit.badResponses).toEqual([]);
		expect(visit.foreignRequests).toEqual([]);
		// The grey background of the locator came from our origin.
		expect(visit.requests.some((r) => r.url.endsWith('/iniciativas/mapa-base.svg'))).toBe(true);
		await visit.screenshot('perfil-HUI-01');
	});

	test('the profile opens with a summary per dimension against the sector and department medians', async () => {
		const { page } = await openPage(`/iniciativas/${HUILA_COFFEE}`);
		const summary = page.getByTestId('resumen-perfil');
		await expect(summary.getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(
			/^Resumen · SSME \d{4}$/
		);
		await expect(summary.locator('thead th').allTextContents()).resolves.toEqual([
			'Dimensión',
			'Reportados',
			'Frente al sector',
			'Frente a Huila'
		]);
		const dimensions = new Set(catalog.indicadores.map((d) => d.dimension));
		await expect(summary.locator('tbody tr').count()).resolves.toBe(dimensions.size);
		for (const cell of await summary.locator('tbody td:nth-child(3)').allTextContents())
			expect(cell).toMatch(/^\d+ \/ \d+$/);
		// It comes before the first chart.
		const order = await page.evaluate(() => {
			const s = document.querySelector('[data-testid="resumen-perfil"]')!;
			const c = document.querySelector('[data-panel] svg')!;
			return s.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING;
		});
		expect(order).toBeTruthy();
	});

	test('a bare profile URL shows the first dimension only, prerendered as hydrated, and the select says so', async () => {
		const first = catalog.indicadores[0]!.dimension;
		const inFirst = catalog.indicadores.filter((d) => d.dimension === first);
		const charted = inFirst.filter((d) => !indicatorType(d.tipo).levels);
		// The prerendered HTML, before any script runs, already shows just that dimension.
		const html = await (await fetch(siteURL(`/iniciativas/${HUILA_COFFEE}`))).text();
		expect(html.match(/<table[^>]*class="[^"]*\bcmp\b/g)?.length).toBe(inFirst.length);
		const { page } = await openPage(`/iniciativas/${HUILA_COFFEE}`, { waitUntil: 'networkidle' });
		const select = page.getByTestId('perfil-dimension');
		await expect(select.inputValue()).resolves.toBe(first);
		await expect(page.locator('.indicators h3').count()).resolves.toBe(1);
		await expect(page.locator('.indicators h4').allTextContents()).resolves.toEqual(
			inFirst.map((d) => d.nombre)
		);
		await expect(page.locator('table.cmp').count()).resolves.toBe(inFirst.length);
		await expect(page.locator('.indicators [data-panel] svg[role="group"]').count()).resolves.toBe(
			charted.length
		);
		// Every dimension and «Todas las dimensiones» are offered; the select is labelled and described.
		const dimensions = [...new Set(catalog.indicadores.map((d) => d.dimension))];
		await expect(
			select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
		).resolves.toEqual([...dimensions, 'todas']);
		// The label wraps the select: its accessible name starts with «Dimensión».
		await expect(
			page.getByRole('combobox', { name: /^Dimensión/ }).getAttribute('data-testid')
		).resolves.toBe('perfil-dimension');
		const note = page.getByTestId('perfil-dimension-nota');
		expect(await select.getAttribute('aria-describedby')).toBe(await note.getAttribute('id'));
		await expect(note.textContent()).resolves.toContain(
			`${formatInteger(inFirst.length)} indicador${inFirst.length === 1 ? '' : 'es'} de esta dimensión`
		);
		await expect(note.textContent()).resolves.toContain('selector «Dimensión»');
		expect(new URL(page.url()).search).toBe('');
	});

	test('?dimension=todas shows every dimension; picking one keeps the URL in sync; an old link opens there', async () => {
		const dimensions = [...new Set(catalog.indicadores.map((d) => d.dimension))];
		const { page } = await openPage(`/iniciativas/${HUILA_COFFEE}?dimension=todas`, {
			waitUntil: 'networkidle'
		});
		const select = page.getByTestId('perfil-dimension');
		await expect.poll(() => select.inputValue()).toBe('todas');
		await expect.poll(() => page.locator('.indicators h3').count()).toBe(dimensions.length);
		await expect(page.locator('table.cmp').count()).resolves.toBe(catalog.indicadores.length);
		await expect(page.getByTestId('perfil-dimension-nota').textContent()).resolves.toContain(
			`los ${formatInteger(catalog.indicadores.length)} indicadores`
		);

		const proyectos = catalog.indicadores.filter((d) => d.dimension === 'proyectos');
		await select.selectOption('proyectos');
		await expect(page.locator('.indicators h3').allTextContents()).resolves.toEqual(['Proyectos']);
		await expect(page.locator('.indicators h4').allTextContents()).resolves.toEqual(
			proyectos.map((d) => d.nombre)
		);
		await expect(page.locator('.indicators [data-panel] svg[role="group"]').count()).resolves.toBe(
			proyectos.length
		);
		expect(new URL(page.url()).searchParams.get('dimension')).toBe('proyectos');
		// The first dimension is the bare URL; «todas» is named.
		await select.selectOption(dimensions[0]!);
		expect(new URL(page.url()).search).toBe('');
		await select.selectOption('todas');
		expect(new URL(page.url()).searchParams.get('dimension')).toBe('todas');
		await expect(page.locator('.indicators h3').count()).resolves.toBe(dimensions.length);

		const again = await openPage(`/iniciativas/${HUILA_COFFEE}?dimension=proyectos`, {
			waitUntil: 'networkidle'
		});
		await expect
			.poll(() => again.page.getByTestId('perfil-dimension').inputValue())
			.toBe('proyectos');
		await expect(again.page.locator('.indicators h3').allTextContents()).resolves.toEqual([
			'Proyectos'
		]);
		expect(again.pageErrors).toEqual([]);
	});

	test('the embed card is unchanged: one indicator against its medians, no dimension select', async () => {
		const { page, pageErrors } = await openPage(`/embed/iniciativa/${HUILA_COFFEE}`, {
			waitUntil: 'networkidle'
		});
		await expect(page.getByTestId('perfil-dimension').count()).resolves.toBe(0);
		await expect(page.locator('svg[role="group"]').count()).resolves.toBe(1);
		await expect(page.locator('table.cmp').count()).resolves.toBe(1);
		await expect(page.locator('ul.legend li').count()).resolves.toBe(3);
		expect(pageErrors).toEqual([]);
	});

	test('the profile links back to the map and to the directory filtered by its department', async () => {
		const { page } = await openPage(`/iniciativas/${HUILA_COFFEE}`);
		// Resolved against the page, so relative and absolute hrefs compare alike.
		const hrefs = await page.$$eval('main a', (as) =>
			as.map((a) => {
				const u = new URL((a as HTMLAnchorElement).href);
				return u.pathname + u.search;
			})
		);
		expect(hrefs).toContain('/?depto=41');
		expect(hrefs).toContain('/iniciativas?depto=41');
		expect(hrefs).toContain('/iniciativas?sector=agro');
		expect(hrefs).toContain('/iniciativas');

		// …and to its own series in /evolucion, whose title then names it.
		await page.getByTestId('enlace-evolucion').click();
		await page.waitForURL(/\/evolucion\?/);
		expect(new URL(page.url()).searchParams.get('iniciativa')).toBe(HUILA_COFFEE);
		// The series needs DuckDB (started on this navigation) and `resultados`: allow for both.
		await expect
			.poll(() => page.getByTestId('titulo-evolucion').textContent(), { timeout: 60_000 })
			.toContain('Café del Huila');
	});

	test('from the map panel, a link reaches the profile and Back returns to the panel', async () => {
		const visit = await openPage('/?depto=41');
		const { page } = visit;
		const panel = page.locator('[data-testid="panel-departamento"]');
		const link = panel.getByRole('link', { name: 'Clúster de Café del Huila' });
		await link.waitFor({ timeout: 30_000 });
		await link.click();
		await page.waitForURL(`**/iniciativas/${HUILA_COFFEE}`);
		expect(await page.locator('h1').textContent()).toBe('Clúster de Café del Huila');
		await page.goBack();
		await page.waitForURL('**/?depto=41');
		await panel.getByRole('link', { name: 'Clúster de Café del Huila' }).waitFor();

		await panel.locator('[data-testid="enlace-directorio"]').click();
		await page.waitForURL('**/iniciativas?depto=41');
		await indexReady(page);
		const n = await count(
			'SELECT count(DISTINCT iniciativa_id) AS n FROM iniciativa_departamentos WHERE divipola = ?',
			['41'],
			['iniciativa_departamentos']
		);
		await expect.poll(() => shownCount(page)).toBe(expectedCount(n, await total()));
		expect(visit.pageErrors).toEqual([]);
		expect(visit.consoleErrors).toEqual([]);
	});

	test('at 320 px neither page scrolls sideways (wide tables scroll inside their box)', async () => {
		for (const path of ['/iniciativas', `/iniciativas/${HUILA_COFFEE}`]) {
			const { page } = await openPage(path, { context: { viewport: { width: 320, height: 800 } } });
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				320
			);
		}
	});
});

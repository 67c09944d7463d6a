// Change mode of the home map (`?modo=cambio`): the values drawn equal `changeSql` run by
// @duckdb/node-api on the published Parquet for both cohorts; the «Ver» control and the cohort
// update the URL and the map; the embed and the CSV download carry the change; no WASM is
// fetched; axe finds nothing and the page does not scroll sideways at 360 and 1440 px.
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formulaCells } from '../../src/lib/export/formula-cells.ts';
import { openPublished } from '../../src/lib/data/prerender.server.ts';
import { changeSql, type ChangeFilter, type ChangeRow } from '../../src/lib/data/queries/change.ts';
import type { Catalog, Indicador } from '../../src/lib/data/types.ts';
import { axeViolations } from './axe.ts';
import { openPage, type PageVisit } from './browser.ts';
import { publishedCatalog } from './expected.ts';
import { openDisclosures } from './page-states.ts';

const SAMPLE = 'DATOS DE DEMOSTRACIÓN: valores sintéticos, no resultados del SSME';

let catalog: Catalog;
let dir: string;
beforeAll(async () => {
	catalog = await publishedCatalog();
	dir = await mkdtemp(join(tmpdir(), 'cambio-e2e-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const ind = (pred: (i: Indicador) => boolean) => catalog.indicadores.find(pred)!;
const first = () => catalog.ediciones[0]!.edicion;
const latest = () => catalog.ediciones.at(-1)!.edicion;

/** The change rows as the Node query on the published Parquet gives them. */
async function expected(f: ChangeFilter): Promise<ChangeRow[]> {
	const conn = openPublished();
	try {
		const i = catalog.indicadores.find((x) => x.codigo === f.indicador)!;
		return await conn.query<ChangeRow>(changeSql(f, i));
	} finally {
		await conn.close();
	}
}

/** The change table's raw numbers per department (and the national figure as '*'). */
async function shownRows(scope: Page | Frame) {
	const rows = await scope.$$eval('[data-testid="tabla-cambio"] tbody tr', (trs) =>
		trs.map((tr) => {
			const num = (k: string) => {
				const v = tr.getAttribute(`data-${k}`);
				return v === null || v === '' ? null : Number(v);
			};
			return {
				divipola: tr.getAttribute('data-divipola')!,
				desde: num('desde'),
				hasta: num('hasta'),
				cambio: num('cambio'),
				cambio_pct: num('cambio-pct'),
				n_desde: num('n-desde'),
				n_hasta: num('n-hasta')
			};
		})
	);
	return new Map(rows.map((r) => [r.divipola, r]));
}

/** Every department of the table equals the SQL row (or has nothing when SQL has no row). */
async function expectTableEquals(scope: Page | Frame, f: ChangeFilter) {
	const sql = new Map((await expected(f)).map((r) => [r.divipola, r]));
	const shown = await shownRows(scope);
	expect(shown.size).toBe(33);
	let compared = 0;
	for (const [id, s] of shown) {
		const e = sql.get(id);
		if (!e) {
			expect(s.cambio, id).toBeNull();
			continue;
		}
		for (const k of ['desde', 'hasta', 'cambio', 'cambio_pct'] as const) {
			if (e[k] === null) expect(s[k], `${id} ${k}`).toBeNull();
			else expect(s[k], `${id} ${k}`).toBeCloseTo(e[k], 6);
		}
		expect([s.n_desde, s.n_hasta], id).toEqual([e.n_desde, e.n_hasta]);
		if (e.cambio !== null) compared++;
	}
	expect(compared).toBeGreaterThan(3);
	return sql;
}

async function ready(page: Page) {
	await page.waitForFunction(() => performance.getEntriesByName('tablero:hidratado').length > 0);
	await page.locator('[data-testid="tabla-cambio"]').waitFor({ state: 'attached' });
	await page.locator('.grid[aria-busy="false"]').waitFor();
}

const noWasm = (v: PageVisit) => v.requests.filter((r) => /\.wasm(\?|$)/.test(r.url));

const qs = (f: ChangeFilter, extra = '') =>
	`?indicador=${f.indicador}&sector=${f.sector}&modo=cambio&desde=${f.desde}&hasta=${f.hasta}${
		f.cohorte === 'todas' ? '&cohorte=todas' : ''
	}${f.nivel !== null ? `&nivel=${f.nivel}` : ''}${extra}`;

describe('the change map equals the Node query', () => {
	test('panel cohort (default), a summed indicator: table, national figure, fills', async () => {
		const i = ind((x) => x.tipo === 'numero' && x.agregacion === 'suma');
		const f: ChangeFilter = {
			indicador: i.codigo,
			desde: first(),
			hasta: latest(),
			sector: '*',
			cohorte: 'panel',
			nivel: null
		};
		const visit = await openPage(`/${qs(f)}`);
		const { page } = visit;
		await ready(page);
		const sql = await expectTableEquals(page, f);
		const nat = await page
			.locator('[data-testid="resumen-nacional"] .big')
			.getAttribute('data-cambio');
		expect(Number(nat)).toBeCloseTo(sql.get('*')!.cambio!, 6);
		const ed = (n: number) => catalog.ediciones.find((e) => e.edicion === n)!.etiqueta;
		await expect
			.poll(() => page.getByTestId('titulo-mapa').textContent())
			.toBe(`Cambio de ${i.nombre} entre ${ed(f.desde)} y ${ed(f.hasta)}`);
		// Departments with a change are filled, the others hatched.
		for (const [id, r] of sql) {
			if (id === '*') continue;
			const fill = await page
				.locator(`[data-testid="mapa"] path[data-divipola="${id}"]`)
				.getAttribute('fill');
			if (r.cambio === null) expect(fill).toBe('url(#sin-datos)');
			else expect(fill).toMatch(/^#[0-9a-f]{6}$/);
		}
		await expect
			.poll(() => page.getByTestId('cohorte-nota').textContent())
			.toContain('Cohorte constante');
		// The legend's classes are symmetric around 0, in words.
		const legend = await page.locator('[data-testid="leyenda"] li').allTextContents();
		expect(legend[0]).toMatch(/^menos de −/);
		// The neutral middle class holds 0: «de −x a menos de x».
		expect(legend).toEqual(
			expect.arrayContaining([expect.stringMatching(/^de −([\d.,]+) a menos de \1$/)])
		);
		// The first ranked department opens its change panel, with its row's figures.
		const bar = page.locator('[data-testid="ranking"] button').first();
		const id = (await bar.getAttribute('data-depto'))!;
		await bar.click();
		await expect.poll(() => new URL(page.url()).searchParams.get('depto')).toBe(id);
		const panel = page.getByTestId('panel-cambio');
		await expect.poll(() => panel.textContent()).toContain('Cambio de ');
		await expect.poll(() => panel.textContent()).toContain('reportaron en ambas ediciones');
		await visit.screenshot('cambio-panel');
		expect(noWasm(visit)).toEqual([]);
		expect(visit.consoleErrors).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
	});

	test('all initiatives, a boolean in one sector, as % change', async () => {
		const i = ind((x) => x.tipo === 'booleano');
		const f: ChangeFilter = {
			indicador: i.codigo,
			desde: first(),
			hasta: latest(),
			sector: 'agro',
			cohorte: 'todas',
			nivel: null
		};
		const visit = await openPage(`/${qs(f, '&cambio=pct')}`);
		await ready(visit.page);
		await expectTableEquals(visit.page, f);
		await expect
			.poll(() => visit.page.locator('[data-testid="leyenda"] .title').textContent())
			.toContain('(%)');
		expect(noWasm(visit)).toEqual([]);
	});

	test('a category: the change of the highest level’s share, both cohorts', async () => {
		const i = ind((x) => x.tipo === 'categoria');
		for (const cohorte of ['panel', 'todas'] as const) {
			const f: ChangeFilter = {
				indicador: i.codigo,
				desde: first(),
				hasta: latest(),
				sector: '*',
				cohorte,
				nivel: i.niveles.length
			};
			const visit = await openPage(`/${qs({ ...f, nivel: null })}`);
			await ready(visit.page);
			await expectTableEquals(visit.page, f);
			await visit.screenshot(`cambio-categoria-${cohorte}`);
			expect(noWasm(visit)).toEqual([]);
		}
	});
});

describe('controls, URL, embed and downloads', () => {
	test('switching «Ver» and the cohort updates the URL and the map', async () => {
		const visit = await openPage('/');
		const { page } = visit;
		await page.waitForFunction(() => performance.getEntriesByName('tablero:hidratado').length > 0);
		await page.getByRole('radio', { name: 'Cambio entre ediciones' }).check();
		await expect.poll(() => new URL(page.url()).searchParams.get('modo')).toBe('cambio');
		await ready(page);
		await expect.poll(() => page.getByTestId('titulo-mapa').textContent()).toMatch(/^Cambio de /);
		await page.getByRole('radio', { name: 'Todas las que reportan' }).check();
		await expect.poll(() => new URL(page.url()).searchParams.get('cohorte')).toBe('todas');
		await page.locator('.grid[aria-busy="false"]').waitFor();
		const desde = Number(await page.locator('#desde').inputValue());
		const hasta = Number(await page.locator('#hasta').inputValue());
		const i = catalog.indicadores[0]!;
		await expectTableEquals(page, {
			indicador: i.codigo,
			desde,
			hasta,
			sector: '*',
			cohorte: 'todas',
			nivel: i.tipo === 'categoria' ? i.niveles.length : null
		});
		// And back to values: the change parameters leave the URL, the value table returns.
		await page.getByRole('radio', { name: 'Valor' }).check();
		await expect.poll(() => new URL(page.url()).search).toBe('');
		await page.locator('[data-testid="tabla-departamentos"]').waitFor({ state: 'attached' });
		expect(noWasm(visit)).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
	});

	test('the embed with change parameters shows the change', async () => {
		const i = ind((x) => x.tipo === 'numero' && x.agregacion === 'suma');
		const f: ChangeFilter = {
			indicador: i.codigo,
			desde: first(),
			hasta: latest(),
			sector: '*',
			cohorte: 'panel',
			nivel: null
		};
		const visit = await openPage(`/embed/mapa${qs(f)}`);
		const { page } = visit;
		await page.waitForFunction(() => performance.getEntriesByName('tablero:hidratado').length > 0);
		await page.locator('[data-testid="tabla-cambio"]').waitFor({ state: 'attached' });
		await expect.poll(() => page.getByTestId('titulo-mapa').textContent()).toMatch(/^Cambio de /);
		await expect.poll(async () => (await shownRows(page)).size).toBe(33);
		await expect
			.poll(async () => {
				try {
					await expectTableEquals(page, f);
					return true;
				} catch {
					return false;
				}
			})
			.toBe(true);
		expect(noWasm(visit)).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
	});

	test('the CSV download holds the change columns for the 33 departments; the SVG says «Cambio de»', async () => {
		const i = ind((x) => x.tipo === 'numero' && x.agregacion === 'suma');
		const f: ChangeFilter = {
			indicador: i.codigo,
			desde: first(),
			hasta: latest(),
			sector: '*',
			cohorte: 'panel',
			nivel: null
		};
		const visit = await openPage(`/${qs(f)}`);
		const { page } = visit;
		await ready(page);
		const [d] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Descargar CSV', exact: true }).click()
		]);
		const file = join(dir, d.suggestedFilename());
		await d.saveAs(file);
		expect(d.suggestedFilename()).toMatch(/^tablero-cluster_mapa-cambio_/);
		const text = await readFile(file, 'utf8');
		expect(formulaCells(text)).toEqual([]);
		const comments = text
			.slice(1)
			.split('\r\n')
			.filter((l) => l.startsWith('# '));
		expect(comments).toContain(`# ${SAMPLE}`);
		const db = await DuckDBInstance.create(':memory:');
		const c = await db.connect();
		try {
			const rows = (
				await c.runAndReadAll(
					`SELECT * FROM read_csv('${file}', header=true, skip=${comments.length}, all_varchar=true)`
				)
			).getRowObjectsJS() as Record<string, string | null>[];
			expect(rows).toHaveLength(33);
			expect(Object.keys(rows[0]!)).toEqual(
				expect.arrayContaining([
					'departamento',
					'divipola',
					'etiqueta_desde',
					'anio_desde',
					'etiqueta_hasta',
					'anio_hasta',
					'valor_desde',
					'valor_hasta',
					'cambio',
					'cambio_pct',
					'n_desde',
					'n_hasta'
				])
			);
			const sql = new Map((await expected(f)).map((r) => [r.divipola, r]));
			for (const r of rows) {
				const e = sql.get(r.divipola!);
				if (!e || e.cambio === null) expect(r.cambio ?? '').toBe('');
				else expect(Number(r.cambio)).toBeCloseTo(e.cambio, 6);
			}
		} finally {
			c.closeSync();
		}
		// The SVG image: the change title, the diverging legend, source, version and sample label.
		const [svgDl] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Imagen SVG', exact: true }).click()
		]);
		const svgFile = join(dir, svgDl.suggestedFilename());
		await svgDl.saveAs(svgFile);
		const svg = await readFile(svgFile, 'utf8');
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				title: doc.querySelector('title')?.textContent ?? '',
				texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '')
			};
		}, svg);
		expect(parsed.error).toBeNull();
		const ed = (n: number) => catalog.ediciones.find((e) => e.edicion === n)!.etiqueta;
		expect(parsed.title).toBe(`Cambio de ${i.nombre} entre ${ed(f.desde)} y ${ed(f.hasta)}`);
		expect(parsed.texts.join(' ')).toContain('menos de −');
		expect(parsed.texts.join('\n')).toContain(catalog.version);
		if (catalog.muestra) expect(parsed.texts).toContain(SAMPLE);
	});
});

describe.each([
	{ width: 360, height: 740 },
	{ width: 1440, height: 900 }
])('change mode at $width px', (size) => {
	test('axe finds nothing, no sideways scroll, the map starts on the first screen', async () => {
		// The default indicator (a category: the most controls) with automatic editions.
		const visit = await openPage('/?modo=cambio', {
			context: { viewport: size }
		});
		const { page } = visit;
		await ready(page);
		await visit.screenshot(`cambio-${size.width}`);
		expect(await axeViolations(page)).toEqual([]);
		// And with the table open, a department's change panel open and its tooltip shown.
		await openDisclosures(page);
		const bar = page.locator('[data-testid="ranking"] button').first();
		const id = (await bar.getAttribute('data-depto'))!;
		await bar.click();
		await page.getByTestId('panel-cambio').waitFor();
		// The pointer leaves the page (on a phone the click may leave it over the map).
		await page.mouse.move(0, 0);
		await page.locator(`[data-testid="mapa"] path[data-divipola="${id}"]`).focus();
		await page.locator('#map-tooltip').waitFor();
		await expect.poll(() => page.locator('#map-tooltip').textContent()).toContain('Cambio de ');
		expect(await axeViolations(page)).toEqual([]);
		const scrolls = await page.evaluate(
			() => document.documentElement.scrollWidth > document.documentElement.clientWidth
		);
		expect(scrolls).toBe(false);
		const top = await page
			.locator('svg[data-testid="mapa"]')
			.evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeLessThan(size.height);
		expect(noWasm(visit)).toEqual([]);
		expect(visit.consoleErrors).toEqual([]);
	});
});

import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { formulaCells } from '../../src/lib/export/formula-cells.ts';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openPublished } from '../../src/lib/data/prerender.server.ts';
import {
	mapValues,
	type MapFilter,
	type MapValueRow
} from '../../src/lib/data/queries/map-values.ts';
import type { Catalog } from '../../src/lib/data/types.ts';
import { getBrowser, openPage, siteURL } from './browser.ts';
import { expectedFills, publishedCatalog } from './expected.ts';

const SAMPLE = 'DATOS DE DEMOSTRACIÓN: valores sintéticos, no resultados del SSME';

let catalog: Catalog;
let dir: string;
beforeAll(async () => {
	catalog = await publishedCatalog();
	dir = await mkdtemp(join(tmpdir(), 'exportar-e2e-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A filtered view: a summed indicator, the first edition, a sector present in few departments. */
function filteredView(): MapFilter {
	const ind = catalog.indicadores.find((i) => i.tipo === 'numero' && i.agregacion === 'suma')!;
	const sector = catalog.sectores.find((s) => s.sector_id === 'turismo') ?? catalog.sectores[0]!;
	return {
		indicador: ind.codigo,
		edicion: catalog.ediciones[0]!.edicion,
		sector: sector.sector_id
	};
}
const qs = (f: MapFilter) => `?indicador=${f.indicador}&edicion=${f.edicion}&sector=${f.sector}`;

/** The rows a download of this view must hold, from the Node query on the published Parquet. */
async function expectedRows(f: MapFilter) {
	const conn = openPublished();
	try {
		// Every department, in DIVIPOLA order: no value (empty) and 0 initiatives where the query
		// has no row; the edition's label and field year in columns.
		const byId = new Map((await conn.query<MapValueRow>(mapValues(f))).map((r) => [r.divipola, r]));
		const ed = catalog.ediciones.find((e) => e.edicion === f.edicion)!;
		return catalog.departamentos.map((d) => ({
			indicador: f.indicador,
			edicion: f.edicion,
			etiqueta_edicion: ed.etiqueta,
			anio_campo: ed.anio_campo,
			sector_id: f.sector,
			divipola: d.divipola,
			departamento: d.nombre,
			valor: byId.get(d.divipola)?.valor ?? null,
			n_reportan: byId.get(d.divipola)?.n_reportan ?? 0,
			n_iniciativas: byId.get(d.divipola)?.n_iniciativas ?? 0
		}));
	} finally {
		await conn.close();
	}
}

async function duck<T = Record<string, unknown>>(sql: string): Promise<T[]> {
	const db = await DuckDBInstance.create(':memory:');
	const c = await db.connect();
	try {
		return (await c.runAndReadAll(sql)).getRowObjectsJS() as T[];
	} finally {
		c.closeSync();
	}
}

async function fills(scope: Page | Frame): Promise<Map<string, string | null>> {
	const pairs = await scope.$$eval('[data-testid="mapa"] path[data-divipola]', (paths) =>
		paths.map((p) => [p.getAttribute('data-divipola')!, p.getAttribute('fill')!] as const)
	);
	return new Map(pairs.map(([id, fill]) => [id, fill === 'url(#sin-datos)' ? null : fill]));
}

async function ready(page: Page) {
	await page.waitForFunction(() => performance.getEntriesByName('tablero:hidratado').length > 0);
	await page.locator('.grid[aria-busy="false"]').waitFor();
}

/** Clicks a toolbar button and saves what it downloads. */
async function download(page: Page, button: string): Promise<{ d: Download; file: string }> {
	const [d] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button, exact: true }).click()
	]);
	const file = join(dir, d.suggestedFilename());
	await d.saveAs(file);
	return { d, file };
}

describe('downloads of the filtered map', () => {
	test('CSV: comment lines, then exactly the rows of the Node query', async () => {
		const f = filteredView();
		const visit = await openPage(`/${qs(f)}`);
		const { page } = visit;
		await ready(page);
		await expect.poll(() => fills(page)).toEqual((await expectedFills(f)).fills);

		const { d, file } = await download(page, 'Descargar CSV');
		const anio = catalog.ediciones.find((e) => e.edicion === f.edicion)!.anio_campo;
		expect(d.suggestedFilename()).toBe(
			`tablero-cluster_mapa_${f.indicador.replaceAll('_', '-')}_${anio}_${f.sector}.csv`
		);
		const text = readFileSync(file, 'utf8');
		expect(text.charCodeAt(0)).toBe(0xfeff);
		expect(formulaCells(text)).toEqual([]);
		const comments = text
			.slice(1)
			.split('\r\n')
			.filter((l) => l.startsWith('# '));
		expect(comments).toContain(`# ${SAMPLE}`);
		const ind = catalog.indicadores.find((i) => i.codigo === f.indicador)!;
		expect(comments.join('\n')).toContain(`Indicador = ${ind.nombre}`);
		expect(comments.join('\n')).toContain(`Versión de los datos: ${catalog.version}`);
		expect(comments.join('\n')).toMatch(/# Generado: \d{4}-\d\d-\d\dT/);
		expect(comments.join('\n')).toContain('Fuente: SSME, Red Clúster Colombia — Confecámaras');

		const rows = await duck(
			`SELECT * FROM read_csv('${file}', auto_detect=false, delim=',', quote='"', escape='"', skip=${comments.length}, header=true,
			columns={'indicador':'VARCHAR','edicion':'INTEGER','etiqueta_edicion':'VARCHAR','anio_campo':'INTEGER','sector_id':'VARCHAR','divipola':'VARCHAR','departamento':'VARCHAR','valor':'DOUBLE','n_reportan':'INTEGER','n_iniciativas':'INTEGER'})`
		);
		const expected = await expectedRows(f);
		expect(expected.length).toBe(33);
		expect(rows).toEqual(expected);
		await expect
			.poll(() => page.getByTestId('estado-exportar').textContent())
			.toContain('CSV descargado');
		expect(visit.consoleErrors).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
		expect(visit.foreignRequests).toEqual([]);
	});

	test('Parquet: DuckDB reads the same rows, typed, with the export metadata', async () => {
		const f = filteredView();
		const visit = await openPage(`/${qs(f)}`);
		await ready(visit.page);
		await expect.poll(() => fills(visit.page)).toEqual((await expectedFills(f)).fills);
		const { d, file } = await download(visit.page, 'Descargar Parquet');
		expect(d.suggestedFilename()).toMatch(/^tablero-cluster_mapa_.*\.parquet$/);

		expect(await duck(`SELECT * FROM read_parquet('${file}')`)).toEqual(await expectedRows(f));
		const types = await duck<{ column_name: string; column_type: string }>(
			`DESCRIBE SELECT * FROM read_parquet('${file}')`
		);
		expect(Object.fromEntries(types.map((t) => [t.column_name, t.column_type]))).toMatchObject({
			edicion: 'INTEGER',
			divipola: 'VARCHAR',
			valor: 'DOUBLE',
			n_iniciativas: 'INTEGER'
		});
		const kv = Object.fromEntries(
			(
				await duck<{ k: string; v: string }>(
					`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('${file}')`
				)
			).map((r) => [r.k, r.v])
		);
		expect(kv['tablero.version_datos']).toBe(catalog.version);
		expect(kv['tablero.muestra']).toBe(String(catalog.muestra));
		if (catalog.muestra) expect(kv['tablero.aviso']).toBe(SAMPLE);
		expect(JSON.parse(kv['tablero.filtros']!)).toHaveProperty('Sector');
		expect(kv['tablero.vista']).toBe(visit.page.url());
		expect(visit.consoleErrors).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
	});
});

describe('image export', () => {
	test('SVG parses and carries title, legend, 33 departments with the shown fills; PNG is 2×', async () => {
		const f = filteredView();
		const visit = await openPage(`/${qs(f)}`);
		const { page } = visit;
		await ready(page);
		const expected = (await expectedFills(f)).fills;
		await expect.poll(() => fills(page)).toEqual(expected);
		const title = (await page.getByTestId('titulo-mapa').textContent())!;
		const legendLabels = await page.$$eval('[data-testid="leyenda"] li', (lis) =>
			lis.map((li) => li.textContent!.trim())
		);

		// A selected department (its ring on the page) is not drawn into the image.
		await page.locator('[data-testid="mapa"] path[data-divipola]').first().focus();
		await page.keyboard.press('Enter');
		await page.locator('[data-ring="seleccionado"]').waitFor();

		const svg = await readFile((await download(page, 'Imagen SVG')).file, 'utf8');
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			const root = doc.documentElement;
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				root: root.localName,
				width: Number(root.getAttribute('width')),
				height: Number(root.getAttribute('height')),
				title: doc.querySelector('title')?.textContent,
				texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
				paths: [...doc.querySelectorAll('path[data-divipola]')].map((p) => [
					p.getAttribute('data-divipola'),
					p.getAttribute('fill')
				]),
				fontFace: doc.querySelector('style')?.textContent?.includes('data:font/woff2;base64,'),
				rings: doc.querySelectorAll('[data-ring]').length
			};
		}, svg);
		expect(parsed.error).toBeNull();
		expect(parsed.root).toBe('svg');
		expect(parsed.title).toBe(title);
		expect(parsed.texts.join(' ')).toContain(title.slice(0, 30));
		for (const label of legendLabels) expect(parsed.texts).toContain(label);
		expect(parsed.paths).toHaveLength(33);
		const exported = new Map(
			parsed.paths.map(([id, fill]) => [id, fill === 'url(#sin-datos)' ? null : fill])
		);
		expect(exported).toEqual(expected);
		expect(parsed.texts.join('\n')).toContain('Límites: Natural Earth');
		expect(parsed.texts.join('\n')).toContain(catalog.version);
		if (catalog.muestra) expect(parsed.texts).toContain(SAMPLE);
		expect(parsed.fontFace).toBe(true);
		expect(parsed.rings).toBe(0);

		const png = await readFile((await download(page, 'Imagen PNG')).file);
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		// IHDR: width and height, big-endian, at bytes 16 and 20.
		expect(png.readUInt32BE(16)).toBe(parsed.width * 2);
		expect(png.readUInt32BE(20)).toBe(parsed.height * 2);
		expect(visit.consoleErrors).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
		expect(visit.foreignRequests).toEqual([]);
		await visit.screenshot('exportar-mapa');
	});
});

describe('sharing', () => {
	test('"Copiar enlace" puts the current URL on the clipboard and says so', async () => {
		const f = filteredView();
		const visit = await openPage(`/${qs(f)}`, {
			context: { permissions: ['clipboard-read', 'clipboard-write'] }
		});
		const { page } = visit;
		await ready(page);
		await page.getByRole('button', { name: 'Copiar enlace', exact: true }).click();
		await expect
			.poll(() => page.getByTestId('estado-exportar').textContent())
			.toContain('Enlace copiado');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
		expect(page.url()).toContain(`sector=${f.sector}`);
		expect(visit.pageErrors).toEqual([]);
	});

	test('"Insertar" opens a modal with the iframe code and link; Escape closes it and focus returns', async () => {
		const f = filteredView();
		const visit = await openPage(`/${qs(f)}`);
		const { page } = visit;
		await ready(page);
		const opener = page.getByRole('button', { name: 'Insertar', exact: true });
		await opener.click();
		const dialog = page.getByRole('dialog', { name: 'Insertar esta vista' });
		await dialog.waitFor();
		expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
		const code = await dialog.locator('textarea').inputValue();
		expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/mapa\?/);
		expect(code).toContain(`sector=${f.sector}`);
		expect(code).toContain('title="');
		expect(await dialog.locator('input').inputValue()).toBe(page.url());
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.isVisible()).toBe(false);
		expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
	});
});

describe('embeds', () => {
	let server: Server;
	let host: string;
	let html = '';
	beforeAll(async () => {
		// A second origin (another port) that frames the site, as a newspaper's page would.
		server = createServer((_req, res) => {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(html);
		});
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise<void>((r) => server.close(() => r())));

	async function hostPage(src: string, width: number, height: number) {
		html = `<!doctype html><html lang="es"><title>Host</title><body style="margin:0"><iframe id="f" src="${src}" width="${width}" height="${height}" style="border:0" title="Mapa"></iframe></body></html>`;
		const context = await (await getBrowser()).newContext();
		const page = await context.newPage();
		const errors: string[] = [];
		const foreign: string[] = [];
		const site = new URL(siteURL('/')).origin;
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(String(e)));
		page.on('request', (r) => {
			const o = new URL(r.url()).origin;
			if (o !== site && o !== host && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
				foreign.push(r.url());
		});
		await page.goto(`${host}/`);
		return { context, page, errors, foreign };
	}

	test('/embed/mapa renders inside a page of another origin with the same fills as the site', async () => {
		const f = filteredView();
		const embed = await hostPage(siteURL(`/embed/mapa${qs(f)}`), 420, 560);
		try {
			const frame = embed.page.frames().find((fr) => fr.url().includes('/embed/mapa'));
			expect(frame).toBeTruthy();
			await frame!.locator('[data-testid="mapa"] path[data-divipola]').first().waitFor();
			const expected = (await expectedFills(f)).fills;
			await expect.poll(() => fills(frame!), { timeout: 30_000 }).toEqual(expected);

			// The site itself shows the same fills for the same view.
			const site = await openPage(`/${qs(f)}`);
			await ready(site.page);
			await expect.poll(() => fills(site.page)).toEqual(await fills(frame!));

			// Minimal chrome: title, legend, source, sample label, link out; no site header or footer.
			expect(await frame!.locator('header nav, body > div footer p').count()).toBe(0);
			expect(await frame!.locator('h1').textContent()).toBe(
				await site.page.getByTestId('titulo-mapa').textContent()
			);
			expect(await frame!.locator('[data-testid="leyenda"] li').count()).toBeGreaterThan(1);
			expect(await frame!.locator('footer').textContent()).toContain('Natural Earth');
			if (catalog.muestra)
				expect(await frame!.locator('[role="note"]').textContent()).toContain(
					'Datos de demostración'
				);
			const link = frame!.getByRole('link', { name: /Ver en Tablero Clúster/ });
			expect(await link.getAttribute('target')).toBe('_blank');
			expect(await link.getAttribute('href')).toContain(`sector=${f.sector}`);

			// The map fits the iframe's height as well as its width.
			const box = await frame!.locator('[data-testid="mapa"]').boundingBox();
			const doc = await frame!.evaluate(() => [innerWidth, innerHeight, scrollY]);
			expect(box!.width).toBeLessThanOrEqual(doc[0]!);
			expect(box!.height).toBeLessThan(doc[1]!);
			expect(
				await frame!.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1)
			).toBe(true);

			expect(embed.errors).toEqual([]);
			expect(embed.foreign).toEqual([]);
		} finally {
			await embed.context.close();
		}
	});

	test('the same host page cannot frame the main site (frame-ancestors is per path)', async () => {
		const host2 = await hostPage(siteURL('/'), 400, 400);
		try {
			const frame = host2.page.frames()[1];
			await host2.page.waitForTimeout(500);
			expect(
				await frame
					?.locator('[data-testid="mapa"]')
					.count()
					.catch(() => 0)
			).toBe(0);
			expect(host2.errors.join('\n')).toMatch(/frame-ancestors|Refused to frame/);
		} finally {
			await host2.context.close();
		}
	});

	test('build/_headers gives the same per-path framing policy to static hosts', () => {
		const file = readFileSync('build/_headers', 'utf8');
		expect(file).toMatch(/^\/embed\/\*\n {2}Content-Security-Policy: frame-ancestors \*$/m);
		expect(file).toMatch(/^\/\n {2}Content-Security-Policy: frame-ancestors 'self'$/m);
	});
});

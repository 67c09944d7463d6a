// The department pages (/departamentos, /departamentos/<divipola>, /embed/departamento/<divipola>):
// all 33 render, their numbers equal a Node query on the published Parquet, a department without
// initiatives says so and links its neighbours, the embed works framed by another origin, and
// nothing asks for the engine.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadCatalog, openPublished } from '../../src/lib/data/prerender.server.ts';
import type { Catalog } from '../../src/lib/data/types.ts';
import { formatValue } from '../../src/lib/format/indicator.ts';
import { axeViolations } from './axe.ts';
import { getBrowser, openPage, siteURL, type PageVisit } from './browser.ts';
import { hydrated } from './page-states.ts';

let catalog: Catalog;
/** divipola → [primary, shared] initiatives, from the Node query. */
let counts: Map<string, [number, number]>;
let latest: number;
beforeAll(async () => {
	const conn = openPublished();
	try {
		catalog = await loadCatalog(conn);
		const rows = await conn.query<{ divipola: string; p: number; c: number }>({
			sql: `SELECT divipola, count(*) FILTER (WHERE principal)::INTEGER AS p,
  count(*) FILTER (WHERE NOT principal)::INTEGER AS c
FROM iniciativa_departamentos GROUP BY divipola`,
			params: [],
			tables: ['iniciativa_departamentos']
		});
		counts = new Map(rows.map((r) => [r.divipola, [r.p, r.c]]));
		latest = Math.max(...catalog.ediciones.map((e) => e.edicion));
	} finally {
		await conn.close();
	}
});

const total = (d: string) => (counts.get(d) ?? [0, 0]).reduce((a, b) => a + b, 0);
const busiest = () =>
	[...catalog.departamentos].sort((a, b) => total(b.divipola) - total(a.divipola))[0]!;
const empty = () => catalog.departamentos.find((d) => total(d.divipola) === 0);
const wasm = (v: PageVisit) => v.requests.filter((r) => /\.wasm(\?|$)/.test(r.url));

describe('every department page', () => {
	test('/departamentos lists all of them alphabetically (es-CO) with Node counts', async () => {
		const visit = await openPage('/departamentos');
		const rows = await visit.page.$$eval('[data-testid="tabla-departamentos"] tbody tr', (trs) =>
			trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim()))
		);
		const names = [...catalog.departamentos]
			.map((d) => d.nombre)
			.sort((a, b) => a.localeCompare(b, 'es-CO'));
		expect(rows.map((r) => r[0])).toEqual(names);
		for (const d of catalog.departamentos) {
			const [p, c] = counts.get(d.divipola) ?? [0, 0];
			expect(rows.find((r) => r[0] === d.nombre)!.slice(1)).toEqual([String(p), String(c)]);
		}
		expect(visit.consoleErrors).toEqual([]);
	});

	test('all 33 render: status 200, heading with the name, title, no console errors', async () => {
		expect(catalog.departamentos.length).toBe(33);
		for (const d of catalog.departamentos) {
			const visit = await openPage(`/departamentos/${d.divipola}`);
			expect(visit.response.status()).toBe(200);
			expect(await visit.page.locator('h1').textContent()).toBe(d.nombre);
			expect(await visit.page.title()).toContain(d.nombre);
			expect(
				await visit.page.locator('meta[name="description"]').getAttribute('content')
			).toContain(d.nombre);
			await hydrated(visit.page);
			expect(visit.consoleErrors, d.divipola).toEqual([]);
			expect(visit.pageErrors).toEqual([]);
			expect(wasm(visit)).toEqual([]);
			await visit.close();
		}
	});
});

describe('a department with many initiatives', () => {
	test('shows the Node count of initiatives and the Node value of an indicator', async () => {
		const d = busiest();
		const visit = await openPage(`/departamentos/${d.divipola}`, { block: ['**/*.wasm'] });
		const { page } = visit;
		expect(await page.getByTestId('conteo-iniciativas').textContent()).toBe(
			String(total(d.divipola))
		);
		expect(await page.locator('[data-testid="lista-iniciativas"] li').count()).toBe(
			total(d.divipola)
		);
		// One indicator: the department's value of the first summed number in the latest edition.
		const ind = catalog.indicadores.find((i) => i.tipo === 'numero' && i.agregacion === 'suma')!;
		const conn = openPublished();
		let valor: number | null;
		try {
			const rows = await conn.query<{ valor: number | null }>({
				sql: `SELECT valor FROM agregados_departamento
WHERE edicion = ? AND sector_id = '*' AND divipola = ? AND indicador = ?`,
				params: [latest, d.divipola, ind.codigo],
				tables: ['agregados_departamento']
			});
			valor = rows[0]?.valor ?? null;
		} finally {
			await conn.close();
		}
		expect(
			await page.locator(`tr[data-indicador="${ind.codigo}"] [data-testid="valor"]`).textContent()
		).toBe(formatValue(ind, valor));
		// The constant panel is answered from the prerendered data: no engine.
		await hydrated(page);
		await page.getByTestId('cohorte-panel').check();
		await expect
			.poll(() => page.locator('[data-testid="tabla-evolucion-depto"] caption').textContent())
			.toContain('panel constante');
		expect(wasm(visit)).toEqual([]);
		expect(visit.blockedRequests).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
		// A link to each initiative's profile.
		const href = await page
			.locator('[data-testid="lista-iniciativas"] a')
			.first()
			.getAttribute('href');
		expect(href).toMatch(/iniciativas\/[^/]+$/);
	});
});

describe('a department without initiatives', () => {
	test('says so in plain Spanish and links its neighbours', async () => {
		const d = empty();
		expect(d, 'the published data has a department without initiatives').toBeDefined();
		const visit = await openPage(`/departamentos/${d!.divipola}`);
		const { page } = visit;
		expect(await page.getByTestId('sin-iniciativas').textContent()).toContain(
			'no tiene ninguna iniciativa clúster'
		);
		const links = page.locator('[data-testid="vecinos"] a');
		expect(await links.count()).toBeGreaterThan(0);
		const neighbour = (await links.first().textContent())!;
		await links.first().click();
		await page.waitForURL(/\/departamentos\/\d{2}$/);
		await expect.poll(() => page.locator('h1').textContent()).toBe(neighbour);
		expect(visit.consoleErrors).toEqual([]);
	});
});

describe('the embed card framed by another origin', () => {
	let server: Server;
	let host: string;
	let html = '';
	beforeAll(async () => {
		server = createServer((_req, res) => {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(html);
		});
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise<void>((r) => server.close(() => r())));

	test('/embed/departamento/<divipola> renders name, counts, notice and a link in a new tab', async () => {
		const d = busiest();
		const src = siteURL(`/embed/departamento/${d.divipola}`);
		html = `<!doctype html><html lang="es"><title>Host</title><body style="margin:0"><iframe src="${src}" width="420" height="520" style="border:0" title="Departamento"></iframe></body></html>`;
		const context = await (await getBrowser()).newContext();
		try {
			const page = await context.newPage();
			const errors: string[] = [];
			const asked: string[] = [];
			page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
			page.on('request', (r) => /\.wasm(\?|$)/.test(r.url()) && asked.push(r.url()));
			await page.goto(`${host}/`);
			await expect
				.poll(() => page.frames().some((f) => f.url().includes('/embed/departamento/')))
				.toBe(true);
			const frame = page.frames().find((f) => f.url().includes('/embed/departamento/'))!;
			await frame.locator('h1').waitFor();
			expect(await frame.locator('h1').textContent()).toBe(d.nombre);
			const [p, c] = counts.get(d.divipola)!;
			expect((await frame.getByTestId('conteos').textContent())!.replace(/\s+/g, ' ')).toContain(
				`Iniciativas principales ${p} Compartidas ${c}`
			);
			expect(await frame.locator('[data-testid="indicadores-clave"] tbody tr').count()).toBe(4);
			if (catalog.muestra)
				expect(await frame.locator('[role="note"]').textContent()).toContain(
					'Datos de demostración'
				);
			expect(await frame.locator('footer').textContent()).toContain('Fuente:');
			const link = frame.getByRole('link', { name: /Ver el departamento/ });
			expect(await link.getAttribute('target')).toBe('_blank');
			expect(errors).toEqual([]);
			expect(asked).toEqual([]);
		} finally {
			await context.close();
		}
	});
});

describe('links to the department pages', () => {
	test('from the nav, the map panel, the directory and a profile', async () => {
		const d = busiest();
		const href = new RegExp(`departamentos/${d.divipola}$`);
		const map = await openPage(`/?depto=${d.divipola}`);
		await map.page.getByTestId('enlace-departamento').waitFor({ timeout: 30_000 });
		expect(await map.page.getByTestId('enlace-departamento').getAttribute('href')).toMatch(href);
		expect(
			await map.page
				.getByRole('navigation', { name: 'Secciones' })
				.getByRole('link', { name: 'Departamentos' })
				.count()
		).toBe(1);
		const dir = await openPage(`/iniciativas?depto=${d.divipola}`);
		await hydrated(dir.page);
		const cell = dir.page.locator('tbody tr td a').first();
		await cell.waitFor();
		expect(await cell.getAttribute('href')).toMatch(/departamentos\/\d{2}$/);
		const page = await openPage(`/departamentos/${d.divipola}`);
		const profile = await page.page
			.locator('[data-testid="lista-iniciativas"] a')
			.first()
			.getAttribute('href');
		const prof = await openPage(new URL(profile!, page.page.url()).pathname);
		expect(await prof.page.locator('figcaption a').first().getAttribute('href')).toMatch(href);
	});

	test('«Insertar» gives the code of the department embed', async () => {
		const d = busiest();
		const { page } = await openPage(`/departamentos/${d.divipola}`);
		await hydrated(page);
		await page.getByRole('button', { name: 'Insertar' }).click();
		expect(await page.locator('#insertar-codigo').inputValue()).toContain(
			`/embed/departamento/${d.divipola}`
		);
	});
});

describe('accessibility and layout', () => {
	const overflow = (page: Page) =>
		page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
	const pages = () => [
		'/departamentos',
		`/departamentos/${busiest().divipola}`,
		`/departamentos/${empty()!.divipola}`,
		`/embed/departamento/${busiest().divipola}`
	];
	test.each([320, 1440])('at %i px: axe clean, no horizontal scroll, no .wasm', async (width) => {
		for (const path of pages()) {
			const visit = await openPage(path, { context: { viewport: { width, height: 900 } } });
			await hydrated(visit.page);
			expect(await overflow(visit.page), `${path} at ${width}`).toBeLessThanOrEqual(0);
			expect(await axeViolations(visit.page), `${path} at ${width}`).toEqual([]);
			expect(wasm(visit)).toEqual([]);
			await visit.close();
		}
	});

	test('screenshots of a full and an empty department at 360 and 1440 px', async () => {
		for (const [path, slug] of [
			[`/departamentos/${busiest().divipola}`, 'lleno'],
			[`/departamentos/${empty()!.divipola}`, 'vacio']
		] as const)
			for (const width of [360, 1440]) {
				const visit = await openPage(path, { context: { viewport: { width, height: 900 } } });
				await hydrated(visit.page);
				expect(await visit.screenshot(`departamento-${slug}-${width}`)).toMatch(/\.png$/);
				await visit.close();
			}
	});
});

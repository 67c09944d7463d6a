// Exports and embeds of /evolucion, /iniciativas and the profiles (the map's are in exportar.e2e.ts).
import { DuckDBInstance } from '@duckdb/node-api';
import { readdirSync, readFileSync } from 'node:fs';
import { formulaCells } from '../../src/lib/export/formula-cells.ts';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	defaultEvolutionIndicator,
	serializeEvolutionState
} from '../../src/lib/data/evolution-url.ts';
import { openPublished } from '../../src/lib/data/prerender.server.ts';
import {
	evolutionQuery,
	type EvolutionFilter,
	type EvolutionRow
} from '../../src/lib/data/queries/evolution.ts';
import { initiativeCatalog, type InitiativeRow } from '../../src/lib/data/queries/initiatives.ts';
import type { Catalog } from '../../src/lib/data/types.ts';
import { getBrowser, openPage, siteURL } from './browser.ts';
import { showsEvolution } from './page-states.ts';
import { busiestDepartments } from './expected-evolution.ts';
import { publishedCatalog } from './expected.ts';

const SAMPLE = 'DATOS DE DEMOSTRACIÓN: valores sintéticos, no resultados del SSME';

let catalog: Catalog;
let dir: string;
let filtered: EvolutionFilter;
beforeAll(async () => {
	catalog = await publishedCatalog();
	dir = await mkdtemp(join(tmpdir(), 'exportar-vistas-e2e-'));
	// Two departments, the last editions only, constant panel: every filter differs from the default.
	filtered = {
		indicador: defaultEvolutionIndicator(catalog),
		desglose: 'departamentos',
		deptos: await busiestDepartments(2),
		iniciativa: null,
		ediciones: catalog.ediciones.slice(1).map((e) => e.edicion),
		cohorte: 'panel'
	};
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const evoQs = (f: EvolutionFilter) =>
	`?indicador=${f.indicador}&desglose=${f.desglose}&deptos=${f.deptos.join(',')}` +
	`&ediciones=${f.ediciones.join(',')}&cohorte=${f.cohorte}`;

async function duck<T = Record<string, unknown>>(sql: string): Promise<T[]> {
	const db = await DuckDBInstance.create(':memory:');
	const c = await db.connect();
	try {
		return (await c.runAndReadAll(sql)).getRowObjectsJS() as T[];
	} finally {
		c.closeSync();
	}
}

/** The plotted dots: series, edition label and raw value. */
function dots(scope: Page | Frame) {
	return scope.$$eval('[data-testid="evolucion"] circle[data-serie]', (cs) =>
		cs.map((c) => ({
			serie: c.getAttribute('data-serie')!,
			x: c.getAttribute('data-x')!,
			valor: Number(c.getAttribute('data-valor'))
		}))
	);
}

/** Clicks a toolbar button (in `scope`, default the page) and saves what it downloads. */
async function download(page: Page, button: string, scope = page.locator('body')) {
	const [d]: [Download, void] = await Promise.all([
		page.waitForEvent('download'),
		scope.getByRole('button', { name: button, exact: true }).click()
	]);
	const file = join(dir, d.suggestedFilename());
	await d.saveAs(file);
	return { d, file };
}

function csvComments(file: string): string[] {
	return readFileSync(file, 'utf8')
		.slice(1)
		.split('\r\n')
		.filter((l) => l.startsWith('# '));
}

describe('/evolucion downloads', () => {
	test('CSV of a filtered view: exactly the rows of the Node query, in the chart’s order', async () => {
		const f = filtered;
		const visit = await openPage(`/evolucion${evoQs(f)}`);
		const { page } = visit;
		await showsEvolution(page, f);
		const { d, file } = await download(page, 'Descargar CSV');
		expect(d.suggestedFilename()).toBe(
			`tablero-cluster_evolucion_${f.indicador.replaceAll('_', '-')}_departamentos_${f.deptos.join('_')}_panel.csv`
		);
		const comments = csvComments(file);
		expect(formulaCells(readFileSync(file, 'utf8'))).toEqual([]);
		if (catalog.muestra) expect(comments).toContain(`# ${SAMPLE}`);
		expect(comments.join('\n')).toContain('Iniciativas que cuentan = Panel constante');
		expect(comments.join('\n')).toContain(`Versión de los datos: ${catalog.version}`);

		const got = await duck<Record<string, unknown>>(
			`SELECT * FROM read_csv('${file}', auto_detect=false, delim=',', quote='"', escape='"', skip=${comments.length}, header=true,
			columns={'indicador':'VARCHAR','desglose':'VARCHAR','cohorte':'VARCHAR','ediciones_elegidas':'VARCHAR','serie':'VARCHAR','serie_nombre':'VARCHAR','edicion':'INTEGER','edicion_etiqueta':'VARCHAR','valor':'DOUBLE','n_reportan':'INTEGER'})`
		);

		// The Node side: the same builder on the published Parquet, ordered and named by hand.
		const conn = openPublished();
		const ind = catalog.indicadores.find((i) => i.codigo === f.indicador)!;
		let rows: EvolutionRow[];
		try {
			rows = await conn.query<EvolutionRow>(evolutionQuery(f, ind));
		} finally {
			await conn.close();
		}
		const names = new Map(catalog.departamentos.map((x) => [x.divipola, x.nombre]));
		const labels = new Map(catalog.ediciones.map((e) => [e.edicion, e.etiqueta]));
		rows.sort(
			(a, b) => f.deptos.indexOf(a.serie) - f.deptos.indexOf(b.serie) || a.edicion - b.edicion
		);
		expect(rows.length).toBeGreaterThan(0);
		expect(got.map(({ valor: _, ...rest }) => rest)).toEqual(
			rows.map((r) => ({
				indicador: f.indicador,
				desglose: 'departamentos',
				cohorte: 'panel',
				ediciones_elegidas: f.ediciones.join(','),
				serie: r.serie,
				serie_nombre: names.get(r.serie),
				edicion: r.edicion,
				edicion_etiqueta: labels.get(r.edicion),
				n_reportan: r.n
			}))
		);
		// The browser's engine may add floating values in another order: last bits can differ.
		got.forEach((g, i) => expect(g.valor as number).toBeCloseTo(rows[i]!.valor, 6));
		// What was downloaded is what is drawn.
		expect((await dots(page)).length).toBe(rows.length);

		const pq = await download(page, 'Descargar Parquet');
		expect(await duck(`SELECT count(*)::INTEGER AS n FROM read_parquet('${pq.file}')`)).toEqual([
			{ n: rows.length }
		]);
		const kv = Object.fromEntries(
			(
				await duck<{ k: string; v: string }>(
					`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('${pq.file}')`
				)
			).map((r) => [r.k, r.v])
		);
		expect(JSON.parse(kv['tablero.filtros']!)).toHaveProperty('Departamentos');
		// The view's canonical address (defaults left out), which opens the same view.
		expect(kv['tablero.vista']).toBe(siteURL(`/evolucion${serializeEvolutionState(f, catalog)}`));
		expect(visit.consoleErrors).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
		expect(visit.foreignRequests).toEqual([]);
	});

	test('SVG of the small multiples: parses, one labelled panel per sector, title, legend, source', async () => {
		const f: EvolutionFilter = { ...filtered, desglose: 'sector', deptos: [], cohorte: 'todas' };
		const visit = await openPage(`/evolucion?desglose=sector`);
		const { page } = visit;
		await showsEvolution(page, { ...f, ediciones: catalog.ediciones.map((e) => e.edicion) });
		const title = (await page.getByTestId('titulo-evolucion').textContent())!;
		const panels = await page.$$eval('[data-testid="evolucion"] [data-panel]', (els) =>
			els.map((e) => e.getAttribute('data-panel')!)
		);
		expect(panels.length).toBeGreaterThan(1);

		const svg = await readFile((await download(page, 'Imagen SVG')).file, 'utf8');
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				root: doc.documentElement.localName,
				title: doc.querySelector('title')?.textContent,
				texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
				charts: doc.querySelectorAll('svg.chart').length,
				legend: doc.querySelectorAll('.legend .legend-entry').length,
				dots: doc.querySelectorAll('svg.chart circle[data-serie]').length
			};
		}, svg);
		expect(parsed.error).toBeNull();
		expect(parsed.root).toBe('svg');
		expect(parsed.title).toBe(title);
		expect(parsed.charts).toBe(panels.length);
		for (const p of panels) expect(parsed.texts).toContain(p);
		expect(parsed.legend).toBeGreaterThan(0);
		expect(parsed.dots).toBe((await dots(page)).length);
		const all = parsed.texts.join('\n');
		expect(all).toContain('SSME, Red Clúster Colombia — Confecámaras');
		expect(all).toContain(catalog.version);
		if (catalog.muestra) expect(parsed.texts).toContain(SAMPLE);
		expect(visit.consoleErrors).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
	});
});

describe('/iniciativas and profile downloads', () => {
	test('directory CSV: every initiative of the sector (all pages), as SQL counts them', async () => {
		const sector = 'turismo';
		const conn = openPublished();
		let want: string[];
		try {
			const all = await conn.query<InitiativeRow>(initiativeCatalog());
			want = all.filter((r) => r.sector_id === sector).map((r) => r.iniciativa_id);
		} finally {
			await conn.close();
		}
		expect(want.length).toBeGreaterThan(0);
		const visit = await openPage(`/iniciativas?sector=${sector}`, { waitUntil: 'networkidle' });
		const { page } = visit;
		// The whole index has loaded and the filter applies (the prerendered count is the total).
		await page
			.getByTestId('conteo')
			.filter({ hasText: `Mostrando ${want.length} de` })
			.waitFor();
		const { file } = await download(page, 'Descargar CSV');
		const comments = csvComments(file);
		expect(formulaCells(readFileSync(file, 'utf8'))).toEqual([]);
		expect(comments.join('\n')).toContain('Sector = ');
		const got = await duck<{ iniciativa_id: string }>(
			`SELECT iniciativa_id FROM read_csv('${file}', skip=${comments.length}, header=true, all_varchar=true)`
		);
		expect(got.map((r) => r.iniciativa_id).sort()).toEqual(want.sort());
		expect(visit.pageErrors).toEqual([]);
	});

	test('directory CSV of a hostile ?q= search: the search is in the metadata, no cell is a formula', async () => {
		const q = 'x,=HYPERLINK("http://evil";"clic");@SUM(1)\t-2+3';
		const visit = await openPage(`/iniciativas?q=${encodeURIComponent(q)}`, {
			waitUntil: 'networkidle'
		});
		const { page } = visit;
		await page.getByTestId('conteo').filter({ hasText: 'Mostrando 0 de' }).waitFor();
		const { file } = await download(page, 'Descargar CSV');
		const text = readFileSync(file, 'utf8');
		expect(text).toContain('HYPERLINK');
		expect(formulaCells(text)).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
	});

	test('profile: CSV of its indicator tables, "Insertar" points at /embed/iniciativa/<id>', async () => {
		const id = embeddedIds()[0]!;
		// Every dimension on screen, so the page's tables can be counted against the CSV (which has
		// every indicator whichever dimension is shown).
		const visit = await openPage(`/iniciativas/${id}?dimension=todas`, {
			waitUntil: 'networkidle'
		});
		const { page } = visit;
		await expect.poll(() => page.getByTestId('perfil-dimension').inputValue()).toBe('todas');
		const tables = await page.locator('table.cmp').count();
		const { file } = await download(page, 'Descargar CSV');
		const comments = csvComments(file);
		expect(formulaCells(readFileSync(file, 'utf8'))).toEqual([]);
		const rows = await duck<{ iniciativa_id: string; indicador: string }>(
			`SELECT iniciativa_id, indicador FROM read_csv('${file}', skip=${comments.length}, header=true, all_varchar=true)`
		);
		expect(new Set(rows.map((r) => r.indicador)).size).toBe(tables);
		expect(new Set(rows.map((r) => r.iniciativa_id))).toEqual(new Set([id]));
		await page.getByRole('button', { name: 'Insertar', exact: true }).click();
		const code = await page
			.getByRole('dialog', { name: 'Insertar esta vista' })
			.locator('textarea')
			.inputValue();
		expect(code).toContain(`/embed/iniciativa/${id}"`);
		expect(visit.pageErrors).toEqual([]);
	});
});

/** The profile cards the build prerendered (TABLERO_PERFILES_MAX may have limited them). */
function embeddedIds(): string[] {
	return readdirSync('.svelte-kit/output/prerendered/pages/embed/iniciativa')
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.slice(0, -'.html'.length))
		.sort();
}

describe('embeds framed by another origin', () => {
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

	async function framed(src: string, width: number, height: number) {
		html = `<!doctype html><html lang="es"><title>Host</title><body style="margin:0"><iframe src="${src}" width="${width}" height="${height}" style="border:0" title="Gráfica"></iframe></body></html>`;
		const context = await (await getBrowser()).newContext();
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(String(e)));
		await page.goto(`${host}/`);
		const path = new URL(src).pathname;
		await expect.poll(() => page.frames().some((fr) => fr.url().includes(path))).toBe(true);
		const frame = page.frames().find((fr) => fr.url().includes(path))!;
		return { context, page, frame, errors };
	}

	test('/embed/evolucion draws the same values and title as /evolucion for the same URL', async () => {
		const f = filtered;
		const embed = await framed(siteURL(`/embed/evolucion${evoQs(f)}`), 480, 420);
		try {
			await showsEvolution(embed.frame, f);
			const site = await openPage(`/evolucion${evoQs(f)}`);
			await showsEvolution(site.page, f);
			const inFrame = await dots(embed.frame);
			expect(inFrame.length).toBeGreaterThan(0);
			expect(inFrame).toEqual(await dots(site.page));
			expect(await embed.frame.locator('h1').textContent()).toBe(
				await site.page.getByTestId('titulo-evolucion').textContent()
			);
			// Minimal chrome: legend, source, version, sample label, a link out; no site header.
			expect(await embed.frame.locator('header nav').count()).toBe(0);
			expect(await embed.frame.locator('ul.legend li').count()).toBe(f.deptos.length);
			const footer = (await embed.frame.locator('footer').textContent())!;
			expect(footer).toContain('SSME, Red Clúster Colombia');
			expect(footer).toContain(catalog.version);
			if (catalog.muestra)
				expect(await embed.frame.locator('[role="note"]').textContent()).toContain(
					'Datos de demostración'
				);
			const link = embed.frame.getByRole('link', { name: /Ver en Tablero Clúster/ });
			expect(await link.getAttribute('target')).toBe('_blank');
			expect(await link.getAttribute('href')).toContain(`deptos=${f.deptos.join(',')}`);
			// Fits the frame: no page scroll.
			expect(
				await embed.frame.evaluate(
					() =>
						document.documentElement.scrollHeight <= innerHeight + 1 &&
						document.documentElement.scrollWidth <= innerWidth
				)
			).toBe(true);
			expect(embed.errors).toEqual([]);
		} finally {
			await embed.context.close();
		}
	});

	test('/embed/iniciativa/<id> shows the card with the sample label, maturity per edition and a chart', async () => {
		const id = embeddedIds()[0]!;
		const conn = openPublished();
		let row: InitiativeRow;
		try {
			row = (await conn.query<InitiativeRow>(initiativeCatalog())).find(
				(r) => r.iniciativa_id === id
			)!;
		} finally {
			await conn.close();
		}
		const embed = await framed(siteURL(`/embed/iniciativa/${id}`), 480, 640);
		try {
			const { frame } = embed;
			await frame.locator('h1').waitFor();
			expect(await frame.locator('h1').textContent()).toBe(row.nombre);
			const facts = (await frame.getByTestId('identidad').textContent())!;
			const sector = catalog.sectores.find((s) => s.sector_id === row.sector_id)!.nombre;
			expect(facts).toContain(sector);
			if (row.divipola)
				expect(facts).toContain(
					catalog.departamentos.find((d) => d.divipola === row.divipola)!.nombre
				);
			if (catalog.muestra)
				expect(await frame.locator('[role="note"]').textContent()).toContain(
					'Datos de demostración: valores sintéticos, no resultados del SSME'
				);
			expect(await frame.locator('[data-testid="madurez"] li').count()).toBe(
				catalog.ediciones.length
			);
			expect(await frame.locator('svg[role="group"] circle[data-serie]').count()).toBeGreaterThan(
				0
			);
			expect(await frame.locator('footer').textContent()).toContain(catalog.version);
			const link = frame.getByRole('link', { name: /Ver el perfil/ });
			expect(await link.getAttribute('href')).toMatch(new RegExp(`/iniciativas/${id}$`));
			expect(embed.errors).toEqual([]);
		} finally {
			await embed.context.close();
		}
	});
});

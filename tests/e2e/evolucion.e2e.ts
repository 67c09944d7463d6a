import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { defaultEvolutionState, evolutionFilter } from '../../src/lib/data/evolution-url.ts';
import type { EvolutionFilter, EvolutionRow } from '../../src/lib/data/queries/evolution.ts';
import type { Catalog } from '../../src/lib/data/types.ts';
import { openPage, siteURL } from './browser.ts';
import { showsEvolution, hydrated } from './page-states.ts';
import { publishedCatalog } from './expected.ts';
import { busiestDepartments, expectedEvolution } from './expected-evolution.ts';

let catalog: Catalog;
let deptos: string[];
let base: EvolutionFilter;
/** Control change → updated chart, as the page reports it (`data-ms`), for the report. */
const timings: { what: string; ms: number }[] = [];

beforeAll(async () => {
	catalog = await publishedCatalog();
	deptos = await busiestDepartments(2);
	base = evolutionFilter(defaultEvolutionState(catalog));
});

/** The table alternative, cell by cell. */
function table(page: Page): Promise<string[][]> {
	return page.$$eval('[data-testid="tabla-evolucion"] tbody tr', (trs) =>
		trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim()))
	);
}

/** The plotted dots: series, edition label and raw value. */
function dots(page: Page): Promise<{ serie: string; x: string; valor: number }[]> {
	return page.$$eval('[data-testid="evolucion"] circle[data-serie]', (cs) =>
		cs.map((c) => ({
			serie: c.getAttribute('data-serie')!,
			x: c.getAttribute('data-x')!,
			valor: Number(c.getAttribute('data-valor'))
		}))
	);
}

/** The dots must be the Node rows, point for point (floating sums may differ in the last bits). */
function expectDots(got: Awaited<ReturnType<typeof dots>>, rows: EvolutionRow[]) {
	const label = (ed: number) => catalog.ediciones.find((e) => e.edicion === ed)!.etiqueta;
	const want = rows.map((r) => ({ serie: r.serie, x: label(r.edicion), valor: r.valor }));
	const key = (d: { serie: string; x: string }) => `${d.serie}|${d.x}`;
	expect(got.map(key).sort()).toEqual(want.map(key).sort());
	const byKey = new Map(got.map((d) => [key(d), d.valor]));
	for (const w of want) expect(byKey.get(key(w))).toBeCloseTo(w.valor, 6);
}

async function updateMs(page: Page, what: string) {
	const ms = Number(await page.getAttribute('[data-testid="tiempo"]', 'data-ms'));
	expect(ms).toBeGreaterThanOrEqual(0);
	timings.push({ what, ms });
	console.log(`[e2e] ${what}: control change → chart updated in ${ms} ms`);
}

describe('/evolucion', () => {
	test('the prerendered HTML already has the default chart, its table, the milestones and the sample banner', async () => {
		const html = await (await fetch(siteURL('/evolucion'))).text();
		// Booleans with a message: a failing toContain would print the whole page.
		const has = (what: string | RegExp) =>
			expect(typeof what === 'string' ? html.includes(what) : what.test(html), String(what)).toBe(
				true
			);
		has('data-testid="evolucion"');
		has(/<circle[^>]*data-serie="\*"/);
		has('data-testid="tabla-evolucion"');
		has('data-testid="tabla-hitos"');
		has(/<a href="https:\/\/confecamaras\.org\.co[^"]*"/);
		has('Las fuentes cuentan con reglas distintas');
		has('Datos de demostración');
		has(/<a href="[^"]*evolucion"[^>]*>Evolución<\/a>/);
	});

	test('the default view equals the Node query (table and dots)', async () => {
		const { page } = await openPage('/evolucion');
		const exp = await expectedEvolution(base);
		expect(await table(page)).toEqual(exp.table);
		expectDots(await dots(page), exp.fromResultados);
	});

	test('with every .wasm request failing, the default cohort works in every breakdown (values equal Node’s) and the panel says why it cannot', async () => {
		const visit = await openPage('/evolucion', { block: ['**/*.wasm'] });
		const { page } = visit;
		await hydrated(page);
		const ind = catalog.indicadores.find(
			(i) => i.tipo === 'numero' && i.agregacion === 'suma' && i.codigo !== base.indicador
		)!;
		await page.selectOption('#indicador', ind.codigo);
		const nacional: EvolutionFilter = { ...base, indicador: ind.codigo };
		await showsEvolution(page, nacional);
		expect(await table(page)).toEqual((await expectedEvolution(nacional)).table);

		await page.check('input[name="desglose"][value="sector"]');
		const sector: EvolutionFilter = { ...nacional, desglose: 'sector' };
		await showsEvolution(page, sector);
		expect(await table(page)).toEqual((await expectedEvolution(sector)).table);

		await page.check('input[name="desglose"][value="departamentos"]');
		await page.selectOption('#agregar-depto', deptos[0]!);
		const deps: EvolutionFilter = { ...nacional, desglose: 'departamentos', deptos: [deptos[0]!] };
		await showsEvolution(page, deps);
		expect(await table(page)).toEqual((await expectedEvolution(deps)).table);
		const categoria = catalog.indicadores.find((i) => i.tipo === 'categoria')!;
		await page.selectOption('#indicador', categoria.codigo);
		const niveles: EvolutionFilter = { ...deps, indicador: categoria.codigo };
		await showsEvolution(page, niveles);
		expect(await table(page)).toEqual((await expectedEvolution(niveles)).table);
		expect(visit.requests.filter((r) => r.url.includes('.wasm'))).toEqual([]);

		// The constant panel needs the engine: its failure is said in Spanish, no endless spinner.
		await page.check('input[name="cohorte"][value="panel"]');
		await page.locator('[data-engine="error"]').waitFor({ timeout: 30_000 });
		expect(await page.locator('[data-engine="error"]').textContent()).toContain(
			'No se pudo iniciar el motor de consultas'
		);
		await expect
			.poll(() => page.locator('[role="alert"]').first().textContent())
			.toContain('No se pudo actualizar la gráfica');
		expect(visit.pageErrors).toEqual([]);
	});

	test('an indicator and two departments, then the panel cohort: values equal Node’s, URL round-trips', async () => {
		const visit = await openPage('/evolucion');
		const { page } = visit;
		await hydrated(page);
		const ind = catalog.indicadores.find(
			(i) => i.tipo === 'numero' && i.agregacion === 'promedio' && i.codigo !== base.indicador
		)!;
		const [d1, d2] = deptos as [string, string];

		await page.selectOption('#indicador', ind.codigo);
		await showsEvolution(page, { ...base, indicador: ind.codigo });
		await updateMs(page, 'indicador (nacional)');

		await page.check('input[name="desglose"][value="departamentos"]');
		await expect.poll(() => page.url()).toContain('desglose=departamentos');
		await page.selectOption('#agregar-depto', d1);
		await expect.poll(() => page.url()).toContain(`deptos=${d1}`);
		await page.selectOption('#agregar-depto', d2);
		const todas: EvolutionFilter = {
			...base,
			indicador: ind.codigo,
			desglose: 'departamentos',
			deptos: [d1, d2]
		};
		await showsEvolution(page, todas);
		await updateMs(page, 'segundo departamento');
		const expTodas = await expectedEvolution(todas);
		expect(await table(page)).toEqual(expTodas.table);
		expectDots(await dots(page), expTodas.fromResultados);
		expect(new Set((await dots(page)).map((d) => d.serie))).toEqual(new Set([d1, d2]));

		await page.check('input[name="cohorte"][value="panel"]');
		const panel: EvolutionFilter = { ...todas, cohorte: 'panel' };
		await showsEvolution(page, panel);
		await updateMs(page, 'cohorte panel');
		const expPanel = await expectedEvolution(panel);
		expect(await table(page)).toEqual(expPanel.table);
		expectDots(await dots(page), expPanel.fromResultados);
		// The panel is the same initiatives in every edition: a constant n per department, never
		// more than all reporting, and here (initiatives come and go) fewer somewhere.
		for (const d of [d1, d2]) {
			const ns = expPanel.fromResultados.filter((r) => r.serie === d).map((r) => r.n);
			expect(new Set(ns).size).toBeLessThanOrEqual(1);
		}
		const nTodas = new Map(expTodas.fromResultados.map((r) => [`${r.serie}|${r.edicion}`, r.n]));
		for (const r of expPanel.fromResultados)
			expect(r.n).toBeLessThanOrEqual(nTodas.get(`${r.serie}|${r.edicion}`)!);
		const total = (rows: EvolutionRow[]) => rows.reduce((a, r) => a + r.n, 0);
		expect(total(expPanel.fromResultados)).toBeLessThan(total(expTodas.fromResultados));
		expect(await table(page)).not.toEqual(expTodas.table);

		// Leaving out the first edition changes who is in the panel (tables already loaded now).
		const first = catalog.ediciones[0]!.edicion;
		await page.uncheck(`input[name="ediciones"][value="${first}"]`);
		const later: EvolutionFilter = { ...panel, ediciones: panel.ediciones.slice(1) };
		await showsEvolution(page, later);
		await updateMs(page, 'edición (panel, tablas ya cargadas)');
		expect(await table(page)).toEqual((await expectedEvolution(later)).table);
		await page.goBack();
		await showsEvolution(page, panel);

		expect(page.url()).toContain(
			`?indicador=${ind.codigo}&desglose=departamentos&deptos=${d1},${d2}&cohorte=panel`
		);
		await page.reload();
		await hydrated(page);
		await showsEvolution(page, panel);
		expect(await table(page)).toEqual(expPanel.table);
		expect(await page.isChecked('input[name="cohorte"][value="panel"]')).toBe(true);
		await page.goBack();
		await showsEvolution(page, todas);
		expect(await table(page)).toEqual(expTodas.table);
		await updateMs(page, 'atrás (caché)');

		expect(visit.consoleErrors).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
		expect(visit.failedRequests).toEqual([]);
		expect(visit.foreignRequests).toEqual([]);
		await visit.screenshot('evolucion-departamentos');
	});

	test('sector small multiples, a category as stacked shares, and one initiative', async () => {
		const visit = await openPage('/evolucion?desglose=sector');
		const { page } = visit;
		const sector: EvolutionFilter = { ...base, desglose: 'sector' };
		await showsEvolution(page, sector);
		expect(await table(page)).toEqual((await expectedEvolution(sector)).table);
		expect(await page.locator('[data-testid="evolucion"] h3').count()).toBeGreaterThan(1);

		const cat = catalog.indicadores.find((i) => i.tipo === 'categoria')!;
		await page.selectOption('#indicador', cat.codigo);
		await page.check('input[name="desglose"][value="nacional"]');
		const levels: EvolutionFilter = { ...base, indicador: cat.codigo };
		await showsEvolution(page, levels);
		expect(await table(page)).toEqual((await expectedEvolution(levels)).table);
		expect(
			await page.locator('[data-testid="evolucion"] rect[data-nivel]').count()
		).toBeGreaterThan(0);

		await page.selectOption('#indicador', base.indicador);
		await page.check('input[name="desglose"][value="iniciativa"]');
		await page.fill('#buscar-iniciativa', 'a');
		const first = page.locator('[data-testid="iniciativas-encontradas"] button').first();
		await first.waitFor({ timeout: 30_000 });
		const id = (await first.getAttribute('data-id'))!;
		await first.click();
		const one: EvolutionFilter = { ...base, desglose: 'iniciativa', iniciativa: id };
		await showsEvolution(page, one);
		expect(await table(page)).toEqual((await expectedEvolution(one)).table);
		expect(page.url()).toContain(`iniciativa=${id}`);

		expect(visit.consoleErrors).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
		expect(visit.foreignRequests).toEqual([]);
	});

	test('an edition left out is a gap in the axis, and bad parameters fall back with notices', async () => {
		const { page, pageErrors } = await openPage(
			'/evolucion?ediciones=1,3,5&cohorte=todos&zzz=1&deptos=00'
		);
		const f: EvolutionFilter = { ...base, ediciones: [1, 3, 5] };
		await showsEvolution(page, f);
		const notice = page.locator('.notices');
		expect(await notice.textContent()).toContain('«todos» no es un valor válido de «cohorte»');
		expect(await notice.textContent()).toContain('desconocido «zzz»');
		expect(await notice.textContent()).toContain('«00» no es un departamento');
		expect(await table(page)).toEqual((await expectedEvolution(f)).table);
		expect(await page.isChecked('input[name="ediciones"][value="2"]')).toBe(false);
		expect(pageErrors).toEqual([]);
	});

	test('timings observed', () => {
		expect(timings.length).toBeGreaterThan(0);
		console.log(`[e2e] /evolucion update times: ${JSON.stringify(timings)}`);
	});
});

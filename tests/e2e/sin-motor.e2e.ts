// The views that must never need DuckDB-WASM (embeds included) work with every .wasm request
// failing and equal the Node query; and the engine, where a view does need it, never leaves a
// spinner behind when its worker dies.
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { defaultEvolutionState, evolutionFilter } from '../../src/lib/data/evolution-url.ts';
import type { EvolutionFilter } from '../../src/lib/data/queries/evolution.ts';
import type { Catalog } from '../../src/lib/data/types.ts';
import { openPage, type PageVisit } from './browser.ts';
import { showsEvolution, hydrated } from './page-states.ts';
import { expectedEvolution } from './expected-evolution.ts';
import { expectedFills, publishedCatalog } from './expected.ts';
import { prerenderedRoutes } from './routes.ts';

let catalog: Catalog;
beforeAll(async () => {
	catalog = await publishedCatalog();
});

const NO_WASM = { block: ['**/*.wasm'] };
const wasmRequests = (v: PageVisit) =>
	v.requests.filter((r) => /\.wasm(\?|$)|duckdb/.test(r.url)).map((r) => r.url);

describe('no engine before hydration', () => {
	test.each(prerenderedRoutes())('%s asks for no .wasm before it is hydrated', async (path) => {
		const asked: { url: string; at: number }[] = [];
		const visit = await openPage(path, {
			prepare: async (context) => {
				context.on('request', (r) => {
					if (/\.wasm(\?|$)/.test(r.url())) asked.push({ url: r.url(), at: Date.now() });
				});
			}
		});
		// The 404 page is plain HTML, never hydrated: it must ask for no engine at all.
		if (path === '/404' || path === '/en/404') {
			await visit.page.waitForLoadState('networkidle');
			expect(asked).toEqual([]);
			return;
		}
		await hydrated(visit.page);
		// Wall-clock time of hydration, on the same clock as the requests above.
		const at = await visit.page.evaluate(
			() => performance.timeOrigin + performance.getEntriesByName('tablero:hidratado')[0]!.startTime
		);
		expect(asked.filter((r) => r.at <= at)).toEqual([]);
	});
});

describe('embeds without the engine', () => {
	test('/embed/mapa for a non-default view: fills equal the Node query, no engine requested', async () => {
		const ind = catalog.indicadores.find((i) => i.tipo === 'numero' && i.agregacion === 'suma')!;
		const edicion = catalog.ediciones[0]!.edicion;
		const visit = await openPage(`/embed/mapa?indicador=${ind.codigo}&edicion=${edicion}`, NO_WASM);
		const { page } = visit;
		await hydrated(page);
		const { fills } = await expectedFills({ indicador: ind.codigo, edicion, sector: '*' });
		await expect
			.poll(async () => {
				const pairs = await page.$$eval('[data-testid="mapa"] path[data-divipola]', (ps) =>
					ps.map((p) => [p.getAttribute('data-divipola')!, p.getAttribute('fill')!] as const)
				);
				return new Map(pairs.map(([id, f]) => [id, f === 'url(#sin-datos)' ? null : f]));
			})
			.toEqual(fills);
		expect(await page.locator('[data-testid="titulo-mapa"]').textContent()).toContain(ind.nombre);
		expect(wasmRequests(visit)).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
	});

	test('/embed/evolucion by sector: the table equals the Node query, no engine requested', async () => {
		const f: EvolutionFilter = {
			...evolutionFilter(defaultEvolutionState(catalog)),
			desglose: 'sector'
		};
		const visit = await openPage('/embed/evolucion?desglose=sector', NO_WASM);
		const { page } = visit;
		await showsEvolution(page, f);
		const exp = await expectedEvolution(f);
		// The table alternative, inside the embed's <details>.
		const table = () =>
			page.$$eval('[data-testid="tabla-evolucion"] tbody tr', (rows) =>
				rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? ''))
			);
		await expect.poll(table).toEqual(exp.table);
		expect(wasmRequests(visit)).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
	});

	test('/embed/iniciativa/<id> renders its card with no engine requested', async () => {
		const id = readdirSync('.svelte-kit/output/prerendered/pages/embed/iniciativa')[0]!.replace(
			/\.html$/,
			''
		);
		const visit = await openPage(`/embed/iniciativa/${id}`, NO_WASM);
		await hydrated(visit.page);
		await visit.page.waitForLoadState('networkidle');
		expect(await visit.page.locator('h1, h2').first().isVisible()).toBe(true);
		expect(wasmRequests(visit)).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
	});

	test('/embed/departamento/<divipola> renders its card with no engine requested', async () => {
		const visit = await openPage(
			`/embed/departamento/${catalog.departamentos[0]!.divipola}`,
			NO_WASM
		);
		await hydrated(visit.page);
		await visit.page.waitForLoadState('networkidle');
		expect(await visit.page.locator('h1').textContent()).toBe(catalog.departamentos[0]!.nombre);
		expect(wasmRequests(visit)).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
	});
});

describe('the engine where a view needs it', () => {
	/**
	 * DuckDB's worker guard, plus a test hook: once armed (a BroadcastChannel message from the
	 * page), the next query sent to the worker kills it instead of being answered.
	 */
	const crashingGuard = () =>
		`${readFileSync('static/duckdb-worker.js', 'utf8')}
let armed = false;
new BroadcastChannel('e2e-matar-motor').onmessage = () => (armed = true);
self.addEventListener('message', (e) => {
	if (armed && /RUN|QUERY|PREPARED/.test(String(e.data && e.data.type))) {
		armed = false;
		e.stopImmediatePropagation();
		setTimeout(() => { throw new Error('trabajador detenido por la prueba'); });
	}
});`;

	test('a worker that dies under a query ends in a Spanish message, and the next view restarts it', async () => {
		const visit = await openPage('/evolucion?cohorte=panel', {
			prepare: (c) =>
				c.route('**/duckdb-worker.js*', (r) =>
					r.fulfill({ body: crashingGuard(), contentType: 'text/javascript' })
				)
		});
		const { page } = visit;
		const panel: EvolutionFilter = {
			...evolutionFilter(defaultEvolutionState(catalog)),
			cohorte: 'panel'
		};
		await showsEvolution(page, panel);
		await page.evaluate(() => new BroadcastChannel('e2e-matar-motor').postMessage(1));
		const first = catalog.ediciones[0]!.edicion;
		await page.uncheck(`input[name="ediciones"][value="${first}"]`);
		const alert = page.locator('[role="alert"]');
		await alert.waitFor({ timeout: 30_000 });
		expect(await alert.textContent()).toContain('El motor de consultas se detuvo inesperadamente');
		expect(await page.locator('[data-testid="evolucion"]').getAttribute('data-estado')).toBe(
			'listo'
		);
		// Asking again starts a new worker and answers.
		await page.check(`input[name="ediciones"][value="${first}"]`);
		await page.uncheck(`input[name="ediciones"][value="${catalog.ediciones[1]!.edicion}"]`);
		await showsEvolution(page, {
			...panel,
			ediciones: panel.ediciones.filter((e) => e !== catalog.ediciones[1]!.edicion)
		});
		await expect.poll(() => alert.count()).toBe(0);
		expect(visit.pageErrors).toEqual([]);
	});
});

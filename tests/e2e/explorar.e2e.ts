import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LINK_NOTICE } from '../../src/lib/data/explore-url.ts';
import { openPublished } from '../../src/lib/data/prerender.server.ts';
import { formulaCells } from '../../src/lib/export/formula-cells.ts';
import { openPage, type PageVisit } from './browser.ts';
import { expectedFills, publishedCatalog } from './expected.ts';

/** A server on another port that must never hear from the console. */
let trap: Server;
let trapURL: string;
const trapHits: string[] = [];

beforeAll(async () => {
	trap = createServer((req, res) => {
		trapHits.push(req.url ?? '');
		res.writeHead(200, { 'content-type': 'text/csv', 'access-control-allow-origin': '*' });
		res.end('secreto\n42\n');
	});
	await new Promise<void>((ok) => trap.listen(0, '127.0.0.1', ok));
	trapURL = `http://127.0.0.1:${(trap.address() as AddressInfo).port}/x.csv`;
});
afterAll(() => new Promise<void>((ok) => trap.close(() => ok())));

/** The count the same SQL gives through @duckdb/node-api on the published Parquet. */
async function nodeCount(sql: string, tables: string[]): Promise<number> {
	const conn = openPublished();
	try {
		const [row] = await conn.query<{ n: number }>({ sql, params: [], tables });
		return Number(row!.n);
	} finally {
		await conn.close();
	}
}

async function consoleReady(page: Page) {
	await page.locator('[data-consola="listo"]').waitFor({ timeout: 45_000 });
}

async function runSql(page: Page, sql: string) {
	await page.fill('#sql', sql);
	await page.press('#sql', 'Control+Enter');
}

/** Waits until a run ends (result or message) and returns the shown row count or message. */
async function outcome(page: Page): Promise<{ rows: number | null; message: string | null }> {
	await page.locator('[data-consola="listo"]').waitFor({ timeout: 45_000 });
	const msg = page.getByTestId('mensaje-consulta');
	if (await msg.count()) return { rows: null, message: await msg.innerText() };
	const n = await page.locator('[data-filas]').getAttribute('data-filas');
	return { rows: n === null ? null : Number(n), message: null };
}

function clean(visit: PageVisit) {
	expect(visit.consoleErrors).toEqual([]);
	expect(visit.pageErrors).toEqual([]);
	expect(visit.foreignRequests).toEqual([]);
	expect(visit.failedRequests).toEqual([]);
}

describe('/explorar', () => {
	test('lists every published table with columns before any query, then loads them all', async () => {
		const visit = await openPage('/explorar');
		const { page } = visit;
		const names = await page.$$eval('details[data-tabla]', (d) =>
			d.map((x) => x.getAttribute('data-tabla'))
		);
		expect(names).toContain('resultados');
		expect(names.length).toBeGreaterThanOrEqual(11);
		await consoleReady(page);
		// The published Parquet files themselves, each downloaded once.
		const loaded = new Set(
			visit.requests.filter((r) => r.url.includes('.parquet')).map((r) => new URL(r.url).pathname)
		);
		expect(loaded.size).toBe(names.length);
		clean(visit);
	});

	test('a COUNT query returns the same number as @duckdb/node-api on the Parquet', async () => {
		const sql =
			"SELECT count(*) AS n FROM resultados r JOIN iniciativas i USING (iniciativa_id) WHERE i.sector_id = 'agro'";
		const expected = await nodeCount(sql, ['resultados', 'iniciativas']);
		expect(expected).toBeGreaterThan(0);
		const visit = await openPage('/explorar');
		const { page } = visit;
		await consoleReady(page);
		await runSql(page, sql);
		expect(await outcome(page)).toEqual({ rows: 1, message: null });
		await expect
			.poll(() => page.locator('.result tbody td').first().innerText())
			.toBe(String(expected));
		clean(visit);
	});

	test('the query round-trips through the URL (?sql=) and runs only when Ejecutar is pressed', async () => {
		const sql = 'SELECT edicion, count(*) AS n FROM resultados GROUP BY edicion ORDER BY edicion';
		const visit = await openPage('/explorar');
		const { page } = visit;
		await consoleReady(page);
		await runSql(page, sql);
		await expect.poll(() => new URL(page.url()).searchParams.get('sql')).toBe(sql);
		const shown = await outcome(page);
		const shared = await openPage(`/explorar?sql=${encodeURIComponent(sql)}`);
		await expect.poll(() => shared.page.inputValue('#sql')).toBe(sql);
		await consoleReady(shared.page);
		expect(await shared.page.locator('[data-filas]').count()).toBe(0);
		expect(await shared.page.locator('.notices li').allInnerTexts()).toEqual([LINK_NOTICE]);
		await shared.page.getByRole('button', { name: 'Ejecutar' }).click();
		expect(await outcome(shared.page)).toEqual(shown);
		clean(shared);
	});

	test('a query can never change what the next one sees (each run is rolled back)', async () => {
		const count = 'SELECT count(*) AS n, sum(valor) AS s FROM resultados';
		const visit = await openPage('/explorar');
		const { page } = visit;
		await consoleReady(page);
		await runSql(page, count);
		await outcome(page);
		const before = await page.locator('.result tbody td').allInnerTexts();
		// The guard refuses the plain forms; EXPLAIN ANALYZE executes its statement, so these
		// reach DuckDB and must be undone by the engine itself.
		await runSql(page, 'CREATE OR REPLACE TABLE resultados AS SELECT 1 AS valor');
		expect((await outcome(page)).message).toMatch(/no permite «CREATE»/);
		for (const attack of [
			'EXPLAIN ANALYZE CREATE OR REPLACE TABLE resultados AS SELECT 1 AS valor',
			'EXPLAIN ANALYZE CREATE OR REPLACE MACRO sum(x) AS 0',
			'EXPLAIN ANALYZE DROP TABLE iniciativas',
			'COMMIT'
		]) {
			await runSql(page, attack);
			await outcome(page);
			await runSql(page, count);
			expect(await outcome(page), attack).toEqual({ rows: 1, message: null });
			expect(await page.locator('.result tbody td').allInnerTexts(), attack).toEqual(before);
		}
		await runSql(page, 'SELECT count(*) AS n FROM iniciativas');
		expect(await outcome(page)).toEqual({ rows: 1, message: null });
		expect(await page.locator('details[data-tabla="iniciativas"] .rows').innerText()).toMatch(
			/^[\d.]+ filas$/
		);
		clean(visit);
	});

	test('a ?sql= link that would falsify data or keep a core busy does not run by itself', async () => {
		const attack = 'EXPLAIN ANALYZE CREATE OR REPLACE TABLE resultados AS SELECT 1 AS valor';
		const visit = await openPage(`/explorar?sql=${encodeURIComponent(attack)}`);
		const { page } = visit;
		await consoleReady(page);
		await expect.poll(() => page.inputValue('#sql')).toBe(attack);
		await page.waitForTimeout(500);
		expect(await page.locator('[data-filas]').count()).toBe(0);
		expect(await page.getByTestId('mensaje-consulta').count()).toBe(0);
		const sql = 'SELECT count(*) AS n FROM resultados';
		const published = String(await nodeCount(sql, ['resultados']));
		await runSql(page, sql);
		expect(await outcome(page)).toEqual({ rows: 1, message: null });
		expect(await page.locator('.result tbody td').first().innerText()).toBe(published);
		// Run on purpose, the link's statement still changes nothing for the next query.
		await runSql(page, attack);
		await outcome(page);
		await runSql(page, sql);
		expect(await outcome(page)).toEqual({ rows: 1, message: null });
		expect(await page.locator('.result tbody td').first().innerText()).toBe(published);
		clean(visit);
	});

	test('Cancel stops a single long function call within about a second (the worker restarts)', async () => {
		const visit = await openPage('/explorar');
		const { page } = visit;
		await consoleReady(page);
		await runSql(page, "SELECT levenshtein(repeat('a', 90000), repeat('b', 90000)) AS d");
		await page.locator('[data-consola="ejecutando"]').waitFor();
		await page.waitForTimeout(500);
		const t0 = Date.now();
		await page.getByRole('button', { name: 'Cancelar' }).click();
		await page.getByTestId('mensaje-consulta').waitFor({ timeout: 10_000 });
		expect(Date.now() - t0).toBeLessThan(3_000);
		expect(await page.getByTestId('mensaje-consulta').innerText()).toMatch(/^Consulta cancelada/);
		await runSql(page, 'SELECT 42 AS x');
		expect(await outcome(page)).toEqual({ rows: 1, message: null });
		expect(visit.pageErrors).toEqual([]);
	});

	test('a WASM trap resets the console with a Spanish message; the next query works', async () => {
		const visit = await openPage('/explorar');
		const { page } = visit;
		await consoleReady(page);
		await runSql(page, "SELECT repeat('x', 4294967295) AS x");
		await page.getByTestId('mensaje-consulta').waitFor({ timeout: 30_000 });
		expect(await page.getByTestId('mensaje-consulta').innerText()).toMatch(
			/^El motor de la consola falló .* y se reinició/
		);
		await runSql(page, 'SELECT 42 AS x');
		expect(await outcome(page)).toEqual({ rows: 1, message: null });
		expect(await page.locator('.result tbody td').first().innerText()).toBe('42');
		expect(visit.pageErrors).toEqual([]);
	});

	test('a garbled table file is named in Spanish and the sidebar shows what really loaded', async () => {
		const visit = await openPage('/explorar', {
			prepare: (context) =>
				context.route(/\/data\/iniciativa_departamentos\.parquet(\?.*)?$/, async (route) => {
					const res = await route.fetch();
					const body = await res.body();
					await route.fulfill({ response: res, body: body.subarray(0, body.length >> 1) });
				})
		});
		const { page } = visit;
		await consoleReady(page);
		const problems = await page.getByTestId('tablas-con-problemas').innerText();
		expect(problems).toMatch(/«iniciativa_departamentos(\.parquet)?»/);
		expect(await page.locator('p[data-consola]').innerText()).toMatch(/de \d+ tablas cargadas/);
		expect(
			await page.locator('details[data-tabla="iniciativa_departamentos"] .rows').innerText()
		).toMatch(/no cargada|incompleta/);
		await runSql(page, 'SELECT count(*) AS n FROM resultados');
		expect(await outcome(page)).toEqual({ rows: 1, message: null });
		expect(visit.pageErrors).toEqual([]);
	});

	test.each([
		['URL', () => `SELECT * FROM read_csv('${trapURL}')`],
		['local file', () => "SELECT * FROM read_csv('/etc/passwd')"]
	])('reading a %s is refused with a clear message and nothing is requested', async (_, sql) => {
		const visit = await openPage('/explorar');
		const { page } = visit;
		await consoleReady(page);
		await runSql(page, sql());
		const { message } = await outcome(page);
		expect(message).toMatch(/no lee archivos ni URL/);
		expect(trapHits).toEqual([]);
		clean(visit);
	});

	test('the DuckDB session itself is locked: no external access, settings cannot change', async () => {
		const visit = await openPage('/explorar');
		const { page } = visit;
		await consoleReady(page);
		await runSql(
			page,
			"SELECT current_setting('enable_external_access') AS a, current_setting('lock_configuration') AS b"
		);
		expect(await outcome(page)).toEqual({ rows: 1, message: null });
		expect(await page.locator('.result tbody td').allInnerTexts()).toEqual(['false', 'true']);
		expect(trapHits).toEqual([]);
		clean(visit);
	});

	test("invalid SQL shows DuckDB's message in Spanish", async () => {
		const visit = await openPage('/explorar');
		const { page } = visit;
		await consoleReady(page);
		await runSql(page, 'SELECT * FORM resultados');
		expect((await outcome(page)).message).toMatch(
			/^Error de sintaxis: [\s\S]*LINE 1: SELECT \* FORM resultados/
		);
		await runSql(page, 'SELECT * FROM no_existe');
		expect((await outcome(page)).message).toMatch(/^Tabla, columna o función desconocida: /);
		clean(visit);
	});

	test('Cancel stops a long query: "Consulta cancelada" and the console is ready again', async () => {
		const visit = await openPage('/explorar');
		const { page } = visit;
		await consoleReady(page);
		await runSql(page, 'SELECT count(*) FROM range(100000) a, range(100000) b');
		await page.locator('[data-consola="ejecutando"]').waitFor();
		await page.waitForTimeout(500);
		const t0 = Date.now();
		await page.getByRole('button', { name: 'Cancelar' }).click();
		expect(await outcome(page)).toEqual({ rows: null, message: 'Consulta cancelada' });
		expect(Date.now() - t0).toBeLessThan(10_000);
		await runSql(page, 'SELECT 42 AS x');
		expect(await outcome(page)).toEqual({ rows: 1, message: null });
		clean(visit);
	});

	test('a large result shows the first 1.000 rows and the CSV download has them all', async () => {
		const sql = 'SELECT * FROM resultados ORDER BY indicador, edicion, iniciativa_id';
		const expected = await nodeCount('SELECT count(*) AS n FROM resultados', ['resultados']);
		expect(expected).toBeGreaterThan(1000);
		const visit = await openPage('/explorar');
		const { page } = visit;
		await consoleReady(page);
		await runSql(page, sql);
		expect(await outcome(page)).toEqual({ rows: expected, message: null });
		expect(await page.locator('.result tbody tr').count()).toBe(1000);
		await expect(page.getByText('Se muestran las primeras 1.000 de').count()).resolves.toBe(1);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Descargar CSV' }).click()
		]);
		const path = join(mkdtempSync(join(tmpdir(), 'explorar-e2e-')), 'r.csv');
		await download.saveAs(path);
		const text = readFileSync(path, 'utf8');
		rmSync(dirname(path), { recursive: true, force: true });
		const lines = text.split('\r\n').filter(Boolean);
		const comments = lines.filter((l) => l.replace(/^\uFEFF/, '').startsWith('# '));
		expect(text.startsWith('\uFEFF# Consulta: SELECT * FROM resultados')).toBe(true);
		expect(comments.join('\n')).toMatch(/versión de los datos [0-9a-f]{12}/);
		const catalog = await publishedCatalog();
		if (catalog.muestra) expect(comments.join('\n')).toContain('DATOS DE DEMOSTRACIÓN');
		expect(lines[comments.length]).toBe('edicion,iniciativa_id,indicador,valor');
		expect(lines.length - comments.length - 1).toBe(expected);
		expect(formulaCells(text)).toEqual([]);
		clean(visit);
	});

	test('bad URL parameters fall back with notices; the first sql= waits in the editor', async () => {
		const visit = await openPage('/explorar?foo=1&sql=SELECT+7+AS+x&sql=SELECT+8');
		const { page } = visit;
		await expect.poll(() => page.inputValue('#sql')).toBe('SELECT 7 AS x');
		await consoleReady(page);
		expect(await page.locator('[data-filas]').count()).toBe(0);
		const notices = await page.locator('.notices li').allInnerTexts();
		expect(notices).toEqual([
			'Se ignoró el parámetro desconocido «foo».',
			'El parámetro «sql» aparece más de una vez; se usó el primero.',
			LINK_NOTICE
		]);
		clean(visit);
	});

	test('an example query runs when chosen', async () => {
		const visit = await openPage('/explorar');
		const { page } = visit;
		await consoleReady(page);
		await page.getByRole('button', { name: 'Iniciativas por departamento' }).click();
		const expected = await nodeCount('SELECT count(DISTINCT departamento) AS n FROM iniciativas', [
			'iniciativas'
		]);
		const { rows } = await outcome(page);
		// NULL (no department) is its own group in GROUP BY.
		const nulls = await nodeCount(
			'SELECT (count(*) FILTER (WHERE departamento IS NULL) > 0)::INTEGER AS n FROM iniciativas',
			['iniciativas']
		);
		expect(rows).toBe(expected + nulls);
		clean(visit);
	});

	test('after the console has locked its session, the map still answers new filters', async () => {
		const visit = await openPage('/explorar');
		const { page } = visit;
		await consoleReady(page);
		await runSql(page, 'SELECT 1');
		await outcome(page);
		// Client-side navigation keeps the same browser session (and the shared engine).
		await page.getByRole('link', { name: 'Mapa' }).click();
		await page.locator('#indicador').waitFor();
		const catalog = await publishedCatalog();
		const ind = catalog.indicadores.find((i) => i.tipo === 'numero' && i.agregacion === 'suma')!;
		await page.selectOption('#indicador', ind.codigo);
		await page.locator('.grid[aria-busy="false"]').waitFor({ timeout: 45_000 });
		const { fills: expected } = await expectedFills({
			indicador: ind.codigo,
			edicion: catalog.ediciones.at(-1)!.edicion,
			sector: '*'
		});
		await expect
			.poll(async () => {
				const pairs = await page.$$eval('[data-testid="mapa"] path[data-divipola]', (paths) =>
					paths.map((p) => [p.getAttribute('data-divipola')!, p.getAttribute('fill')!] as const)
				);
				return new Map(pairs.map(([id, f]) => [id, f === 'url(#sin-datos)' ? null : f]));
			})
			.toEqual(expected);
		clean(visit);
	});
});

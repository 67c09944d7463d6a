import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openPublished } from '../../src/lib/data/prerender.server.ts';
import { openPage, type PageVisit } from './browser.ts';

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
		const loaded = visit.requests.filter((r) => r.url.endsWith('.arrow')).length;
		expect(loaded).toBe(names.length);
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

	test('the query round-trips through the URL (?sql=)', async () => {
		const sql = 'SELECT edicion, count(*) AS n FROM resultados GROUP BY edicion ORDER BY edicion';
		const visit = await openPage('/explorar');
		const { page } = visit;
		await consoleReady(page);
		await runSql(page, sql);
		await expect.poll(() => new URL(page.url()).searchParams.get('sql')).toBe(sql);
		const shown = await outcome(page);
		const shared = await openPage(`/explorar?sql=${encodeURIComponent(sql)}`);
		await expect.poll(() => shared.page.inputValue('#sql')).toBe(sql);
		expect(await outcome(shared.page)).toEqual(shown);
		clean(shared);
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
		await runSql(page, "SELECT current_setting('enable_external_access') AS v");
		expect(await outcome(page)).toEqual({ rows: 1, message: null });
		expect(await page.locator('.result tbody td').first().innerText()).toBe('false');
		expect(trapHits).toEqual([]);
		clean(visit);
	});

	test("invalid SQL shows DuckDB's message in Spanish", async () => {
		const visit = await openPage('/explorar');
		const { page } = visit;
		await consoleReady(page);
		await runSql(page, 'SELECT * FORM resultados');
		expect((await outcome(page)).message).toMatch(/^Error de sintaxis: [\s\S]*LINE 1: SELECT \* FORM resultados/);
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
});

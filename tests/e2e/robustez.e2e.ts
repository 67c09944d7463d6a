// Hostile conditions for the browser: bad URLs, missing, truncated or garbled data files, a worker
// that cannot start. Each must end in a visible Spanish message on a working page (the prerendered
// map stays), never a blank screen, a script from the URL running, or an unhandled rejection.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Catalog } from '../../src/lib/data/types.ts';
import { openPage, type PageVisit } from './browser.ts';
import { englishVocabulary, foreignWords } from './english.ts';
import { publishedCatalog } from './expected.ts';
import { engineSettled, WORKER_PATTERN } from './page-states.ts';

let catalog: Catalog;
beforeAll(async () => {
	catalog = await publishedCatalog();
});

const PUBLISHED = fileURLToPath(new URL('../../static/data/', import.meta.url));
const INDEX_HTML = fileURLToPath(
	new URL('../../.svelte-kit/output/prerendered/pages/index.html', import.meta.url)
);

/** The page works: heading, 33 departments, controls, and nothing thrown. */
async function expectWorkingMap(visit: PageVisit) {
	const { page } = visit;
	expect(await page.locator('h1').isVisible()).toBe(true);
	expect(await page.locator('[data-testid="mapa"] path[data-divipola]').count()).toBe(
		catalog.departamentos.length
	);
	expect(await page.locator('#indicador').isEnabled()).toBe(true);
	expect(visit.pageErrors).toEqual([]);
}

/** Any dialog (alert, confirm) is a script injected from the URL or the data running. */
function watchDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	return dialogs;
}

const notices = (page: Page) => page.locator('.notices').textContent({ timeout: 15_000 });

describe('hostile URL parameters', () => {
	test('malformed percent-encoding and empty values fall back to defaults with notices', async () => {
		const visit = await openPage('/?indicador=%E0%A4%A&edicion=%%%&depto=&sector=%FF');
		const text = await notices(visit.page);
		expect(text).toContain('«indicador»');
		expect(text).toContain('«edicion»');
		expect(await visit.page.inputValue('#indicador')).toBe(catalog.indicadores[0]!.codigo);
		await expectWorkingMap(visit);
	});

	test('unknown and repeated parameters: one notice each, the first value wins', async () => {
		const ind = catalog.indicadores[1]!.codigo;
		const visit = await openPage(
			`/?zzz=1&indicador=${ind}&indicador=${catalog.indicadores[2]!.codigo}&utm_source=x`
		);
		const text = await notices(visit.page);
		expect(text).toContain('desconocido «zzz»');
		expect(text).toContain('desconocido «utm_source»');
		expect(text).toContain('«indicador» aparece más de una vez');
		await expect.poll(() => visit.page.inputValue('#indicador')).toBe(ind);
		await expectWorkingMap(visit);
	});

	test('<script> and HTML in parameters are shown as text, never run or inserted', async () => {
		const payloads = [
			'<script>alert(1)</script>',
			'"><img src=x onerror=alert(2)>',
			"'><svg onload=alert(3)>"
		];
		const qs = payloads
			.map((p, i) => `${['indicador', 'sector', 'x<b>y</b>'][i]}=${encodeURIComponent(p)}`)
			.join('&');
		const visit = await openPage(`/?${qs}`, { waitUntil: 'commit' });
		const dialogs = watchDialogs(visit.page);
		await visit.page.waitForLoadState('load');
		const text = await notices(visit.page);
		expect(text).toContain('<script>alert(1)</scrip'); // shown literally (cut at 40 chars)
		expect(text).toContain('x<b>y</b>');
		expect(await visit.page.locator('main img, main b, main script').count()).toBe(0);
		await engineSettled(visit.page);
		expect(dialogs).toEqual([]);
		await expectWorkingMap(visit);
	});

	test('a 100 KB query string with thousands of parameters: a short summary of notices', async () => {
		// Servers refuse such URLs (Node: 431 above 16 KB), but a static host or a copied link may
		// not: serve the prerendered page for it, so what is tested is the page's own handling.
		const html = readFileSync(INDEX_HTML);
		const huge = [
			`indicador=${'x'.repeat(40_000)}`,
			...Array.from({ length: 4000 }, (_, i) => `p${i}=${i}`),
			...Array.from({ length: 4000 }, () => `edicion=1`)
		].join('&');
		expect(huge.length).toBeGreaterThan(100_000);
		const visit = await openPage(`/?${huge}`, {
			prepare: (context: BrowserContext) =>
				context.route(
					(url) => url.pathname === '/' && url.search.length > 100_000,
					(route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
				)
		});
		const items = visit.page.locator('.notices li');
		await items.first().waitFor({ timeout: 15_000 });
		expect(await items.count()).toBeLessThanOrEqual(10);
		const text = (await notices(visit.page)) ?? '';
		expect(text).toContain('«indicador» es demasiado largo');
		expect(text).toMatch(/y \d[\d.]* avisos más/);
		expect(text.length).toBeLessThan(2000);
		await expectWorkingMap(visit);
	});
});

describe('data files and the engine failing', () => {
	/** A filter change makes the page read agregados_departamento.parquet. */
	async function changeIndicator(page: Page) {
		const other = catalog.indicadores.find((i) => i.codigo !== catalog.indicadores[0]!.codigo)!;
		await page.selectOption('#indicador', other.codigo);
	}
	const AGREGADOS = '**/data/agregados_departamento.parquet*';

	test('agregados_departamento.parquet missing (404): the map says which file failed', async () => {
		const visit = await openPage('/', {
			prepare: (c) => c.route(AGREGADOS, (r) => r.fulfill({ status: 404, body: 'Not found' }))
		});
		await engineSettled(visit.page);
		await changeIndicator(visit.page);
		const alert = visit.page.locator('[role="alert"]');
		await alert.waitFor({ timeout: 30_000 });
		expect(await alert.textContent()).toMatch(
			/No se pudo actualizar el mapa: No se pudo descargar el archivo de datos «agregados_departamento\.parquet» \(HTTP 404\)/
		);
		await expectWorkingMap(visit);
	});

	test.each([
		['garbled', (b: Buffer) => Buffer.from(b.map((x, i) => (i % 7 ? x : (x * 31 + 17) & 255)))],
		['truncated', (b: Buffer) => b.subarray(0, Math.floor(b.length / 2))],
		[
			'not Parquet at all',
			() => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))
		]
	])(
		'agregados_departamento.parquet %s: a Spanish message naming the file, not a decoder stack trace',
		async (what, spoil) => {
			const body = spoil(readFileSync(`${PUBLISHED}agregados_departamento.parquet`));
			const visit = await openPage('/', {
				prepare: (c) =>
					c.route(AGREGADOS, (r) =>
						r.fulfill({ status: 200, body, contentType: 'application/octet-stream' })
					)
			});
			await engineSettled(visit.page);
			await changeIndicator(visit.page);
			const alert = visit.page.locator('[role="alert"]');
			await alert.waitFor({ timeout: 30_000 });
			expect(await alert.textContent()).toMatch(
				/No se pudo actualizar el mapa: El archivo de datos «agregados_departamento\.parquet» está dañado o incompleto/
			);
			await visit.screenshot(`robustez-parquet-${what.replaceAll(' ', '-')}`);
			await expectWorkingMap(visit);
		}
	);

	test('the request for agregados_departamento.parquet fails (offline): a Spanish message', async () => {
		const visit = await openPage('/', {
			prepare: (c) => c.route(AGREGADOS, (r) => r.abort('internetdisconnected'))
		});
		await engineSettled(visit.page);
		await changeIndicator(visit.page);
		const alert = visit.page.locator('[role="alert"]');
		await alert.waitFor({ timeout: 30_000 });
		expect(await alert.textContent()).toMatch(
			/No se pudo actualizar el mapa: No se pudo descargar el archivo de datos «agregados_departamento\.parquet» \(sin conexión/
		);
		await expectWorkingMap(visit);
	});

	test('resultados.parquet missing: the department panel says so and can be closed', async () => {
		const depto = catalog.departamentos[0]!.divipola;
		const visit = await openPage(`/?depto=${depto}`, {
			prepare: (c) =>
				c.route('**/data/resultados.parquet*', (r) => r.fulfill({ status: 404, body: '' }))
		});
		const panel = visit.page.locator('[data-testid="panel-departamento"]');
		const alert = panel.locator('[role="alert"]');
		await alert.waitFor({ timeout: 30_000 });
		expect(await alert.textContent()).toMatch(
			/No se pudo consultar el departamento: .*«resultados\.parquet».*HTTP 404/
		);
		await panel.getByRole('button', { name: /Cerrar/ }).click();
		await panel.waitFor({ state: 'detached' });
		await expectWorkingMap(visit);
	});

	// Only views that need ad-hoc SQL start the engine: the constant panel on /evolucion is one.
	test.each([
		[
			'the worker guard script is missing (404)',
			WORKER_PATTERN,
			404,
			'',
			'no se pudo cargar el programa del motor de consultas'
		],
		[
			"DuckDB's worker script is missing (404)",
			'**/duckdb-browser-*.worker*.js*',
			404,
			'',
			'no se pudo descargar el programa del motor de consultas'
		],
		[
			"DuckDB's worker script is garbage",
			'**/duckdb-browser-*.worker*.js*',
			200,
			'this is not JavaScript {{{',
			'el programa del motor de consultas (worker de DuckDB-WASM) llegó dañado'
		],
		[
			'the WASM binary is missing (404)',
			'**/*.wasm',
			404,
			'',
			'no se pudo descargar el motor de consultas (archivo WebAssembly de DuckDB)'
		],
		[
			'the WASM binary is garbage',
			'**/*.wasm',
			200,
			'not wasm at all',
			'el motor de consultas (archivo WebAssembly de DuckDB) llegó dañado o incompleto'
		]
	])(
		'%s: the reason is shown, the engine-free views keep working',
		async (_, pattern, status, body, why) => {
			const visit = await openPage('/evolucion?cohorte=panel', {
				prepare: (c) =>
					c.route(pattern, (r) =>
						r.fulfill({
							status,
							body,
							contentType: pattern.includes('wasm') ? 'application/wasm' : 'text/javascript'
						})
					)
			});
			const { page } = visit;
			const engine = page.locator('[data-engine="error"]');
			await engine.waitFor({ timeout: 60_000 });
			expect(await engine.textContent()).toContain(
				`No se pudo iniciar el motor de consultas: ${why}`
			);
			await expect
				.poll(() => page.locator('[role="alert"]').first().textContent())
				.toContain('No se pudo actualizar la gráfica');
			// The default cohort needs no engine: it still answers.
			await page.check('input[name="cohorte"][value="todas"]');
			await page.waitForFunction(
				() =>
					document.querySelector('[data-testid="evolucion"]')?.getAttribute('data-estado') ===
						'listo' && !document.querySelector('[role="alert"]')
			);
			expect(visit.pageErrors).toEqual([]);
		}
	);
});

describe('hostile values in the data', () => {
	const HOSTILE = [
		'<script>alert(1)</script>',
		'"><img src=x onerror=alert(2)>',
		`Clúster "Café" & 'Cacao' <b>negrita</b>`,
		'Clúster 🚀☕ Café de Colombia 👩🏽‍🌾',
		`Clúster ${'muy largo '.repeat(50)}`.slice(0, 500),
		'Clúster'.padEnd(500, 'X')
	];

	/** The published iniciativas table with every name replaced by a hostile one (Parquet). */
	async function hostileInitiatives(): Promise<Buffer> {
		const dir = mkdtempSync(join(tmpdir(), 'hostil-'));
		const out = join(dir, 'iniciativas.parquet');
		const db = await DuckDBInstance.create(':memory:');
		const c = await db.connect();
		try {
			const list = HOSTILE.map((h) => `'${h.replaceAll("'", "''")}'`).join(', ');
			await c.run(`COPY (
				SELECT * REPLACE ([${list}][(row_number() OVER () - 1) % ${HOSTILE.length} + 1] AS nombre)
				FROM read_parquet('${PUBLISHED}iniciativas.parquet')
			) TO '${out}' (FORMAT parquet, COMPRESSION zstd)`);
			return readFileSync(out);
		} finally {
			c.closeSync();
			rmSync(dir, { recursive: true, force: true });
		}
	}

	test('initiative names with markup, quotes, emoji and 500 characters: text, on a 320 px screen', async () => {
		const body = await hostileInitiatives();
		const depto = '05'; // Antioquia has the most initiatives: every hostile name appears.
		const visit = await openPage(`/?depto=${depto}`, {
			context: { viewport: { width: 320, height: 800 } },
			prepare: (c) =>
				c.route('**/data/iniciativas.parquet*', (r) =>
					r.fulfill({ status: 200, body, contentType: 'application/octet-stream' })
				)
		});
		const dialogs = watchDialogs(visit.page);
		const names = visit.page.locator('[data-testid="panel-departamento"] .inits .name');
		await names.first().waitFor({ timeout: 30_000 });
		const shown = await names.allTextContents();
		for (const h of HOSTILE) expect(shown).toContain(h);
		expect(await visit.page.locator('main img, main script, main b').count()).toBe(0);
		const width = await visit.page.evaluate(() => document.documentElement.scrollWidth);
		await visit.screenshot('robustez-nombres-hostiles-320');
		expect(width).toBeLessThanOrEqual(320);
		expect(dialogs).toEqual([]);
		await expectWorkingMap(visit);
	});
});

// The same hostile conditions on the English mirror: the same outcomes, in English.
describe('English pages under hostile conditions', () => {
	let vocab: Set<string>;
	beforeAll(() => {
		vocab = englishVocabulary();
	});

	test('/en with malformed, unknown and scripted parameters: English notices, nothing runs', async () => {
		const visit = await openPage(
			`/en?indicador=%E0%A4%A&zzz=1&sector=${encodeURIComponent('<script>alert(1)</script>')}`,
			{ waitUntil: 'commit' }
		);
		const dialogs = watchDialogs(visit.page);
		await visit.page.waitForLoadState('load');
		const text = (await notices(visit.page)) ?? '';
		expect(text).toContain('zzz');
		expect(foreignWords([text], vocab)).toEqual([]);
		expect(await visit.page.locator('main img, main b, main script').count()).toBe(0);
		await engineSettled(visit.page);
		expect(dialogs).toEqual([]);
		await expectWorkingMap(visit);
	});

	test('/en with agregados_departamento.parquet missing: an English message naming the file', async () => {
		const visit = await openPage('/en', {
			prepare: (c) =>
				c.route('**/data/agregados_departamento.parquet*', (r) =>
					r.fulfill({ status: 404, body: 'Not found' })
				)
		});
		await engineSettled(visit.page);
		const other = catalog.indicadores.find((i) => i.codigo !== catalog.indicadores[0]!.codigo)!;
		await visit.page.selectOption('#indicador', other.codigo);
		const alert = visit.page.locator('[role="alert"]');
		await alert.waitFor({ timeout: 30_000 });
		const text = (await alert.textContent()) ?? '';
		expect(text).toContain('agregados_departamento.parquet');
		expect(text).toContain('404');
		expect(foreignWords([text], vocab)).toEqual([]);
		await expectWorkingMap(visit);
	});

	test('/en/evolucion with the engine missing: the reason in English, the default view works', async () => {
		const visit = await openPage('/en/evolucion?cohorte=panel', {
			prepare: (c) => c.route('**/*.wasm', (r) => r.fulfill({ status: 404, body: '' }))
		});
		const { page } = visit;
		const engine = page.locator('[data-engine="error"]');
		await engine.waitFor({ timeout: 60_000 });
		const alert = page.locator('[role="alert"]').first();
		await alert.waitFor();
		expect(
			foreignWords([(await engine.textContent()) ?? '', (await alert.textContent()) ?? ''], vocab)
		).toEqual([]);
		await page.check('input[name="cohorte"][value="todas"]');
		await page.waitForFunction(
			() =>
				document.querySelector('[data-testid="evolucion"]')?.getAttribute('data-estado') ===
					'listo' && !document.querySelector('[role="alert"]')
		);
		expect(visit.pageErrors).toEqual([]);
	});
});

/**
 * The visits besides the map session (`measure.ts`), each in a fresh browser context (empty
 * cache): a shared link to a non-default view, the engine started on demand, and the pages that
 * must never download it.
 */
import type { Browser, Page } from 'playwright-core';
import { kindOf } from './measure.ts';
import { installLinkProbe, readTableLoads, readTimings } from './page-probes.ts';
import type { StaticServer } from './serve.ts';
import { applyProfile, type Profile } from './throttle.ts';

interface VisitOptions {
	browser: Browser;
	server: StaticServer;
	profile: Profile;
	timeoutMs: number;
}

/** Opens a fresh, profiled page; `setup` runs before navigation. */
async function withPage<T>(
	o: VisitOptions,
	setup: (page: Page) => Promise<void>,
	body: (page: Page, errors: string[]) => Promise<T>
): Promise<T> {
	const context = await o.browser.newContext({
		...o.profile.context,
		locale: 'es-CO',
		serviceWorkers: 'block'
	});
	try {
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
		await setup(page);
		await applyProfile(await context.newCDPSession(page), o.profile);
		o.server.reset();
		const out = await body(page, errors);
		if (errors.length) throw new Error(`errores en la página: ${errors.join('; ')}`);
		return out;
	} finally {
		await context.close();
	}
}

const sum = (s: StaticServer, kind?: string) =>
	s.log.filter((e) => !kind || kindOf(e.path) === kind).reduce((a, e) => a + e.bytes, 0);

export interface LinkResult {
	/** The link's own view drawn (map not busy under its controls), ms from navigation start. */
	vistaPropiaMs: number | null;
	/** Everything served until then. */
	bytes: number;
	/** Engine bytes served during the visit. */
	motorBytes: number;
}

/** Opens `/` with a link to `query` (another indicator than the default) and times its view. */
export function measureSharedLink(
	o: VisitOptions & { query: string; indicador: string }
): Promise<LinkResult> {
	return withPage(
		o,
		async (page) => void (await page.addInitScript(installLinkProbe, o.indicador)),
		async (page) => {
			await page.goto(`${o.server.url}/?${o.query}`, { waitUntil: 'load', timeout: o.timeoutMs });
			await page.waitForFunction(
				() => (window as unknown as { __benchEnlace?: number }).__benchEnlace !== undefined,
				undefined,
				{ timeout: o.timeoutMs }
			);
			const at = await page.evaluate(
				() => (window as unknown as { __benchEnlace: number }).__benchEnlace
			);
			const origin = (await page.evaluate(readTimings)).timeOrigin;
			return {
				vistaPropiaMs: at,
				bytes: o.server.log.filter((e) => e.at <= origin + at).reduce((a, e) => a + e.bytes, 0),
				motorBytes: sum(o.server, 'wasm')
			};
		}
	);
}

export interface EngineResult {
	/** DuckDB ready (`tablero:duckdb-listo`), ms from navigation start. */
	listoMs: number | null;
	/** The constant-panel chart drawn (its first answer from the engine). */
	vistaMs: number | null;
	/** WASM bytes on the wire and how they were encoded. */
	motorBytes: number;
	codificacion: string;
	/** Each table the engine loaded: Parquet download + decoding + ingest, ms. */
	tablas: { tabla: string; ms: number }[];
}

/**
 * Opens /evolucion with the constant panel, which needs ad-hoc SQL: the engine starts on demand.
 * Served by a brotli server (precompressed `.br` files when the build has them).
 */
export function measureEngineOnDemand(o: VisitOptions): Promise<EngineResult> {
	return withPage(
		o,
		async () => {},
		async (page) => {
			await page.goto(`${o.server.url}/evolucion?cohorte=panel`, {
				waitUntil: 'load',
				timeout: o.timeoutMs
			});
			await page.waitForFunction(
				() => {
					const fig = document.querySelector('[data-testid="evolucion"]');
					return (
						fig?.getAttribute('data-estado') === 'listo' &&
						fig.getAttribute('data-filtro')?.includes('"panel"')
					);
				},
				undefined,
				{ timeout: o.timeoutMs, polling: 100 }
			);
			const vista = await page.evaluate(() => performance.now());
			const t = await page.evaluate(readTimings);
			if (t.duckdb === null) throw new Error('DuckDB no arrancó');
			const wasm = o.server.log.filter((e) => kindOf(e.path) === 'wasm');
			return {
				listoMs: t.duckdb,
				vistaMs: vista,
				motorBytes: wasm.reduce((a, e) => a + e.bytes, 0),
				codificacion: wasm[0]?.encoding ?? 'ninguna',
				tablas: (await page.evaluate(readTableLoads)).map(({ tabla, ms }) => ({ tabla, ms }))
			};
		}
	);
}

export interface EngineFreeResult {
	paginas: string[];
	/** Engine bytes served over all those visits, with their controls used. */
	motorBytes: number;
	totalBytes: number;
	/** Bytes each visit transferred, in order, in one browser context (what earlier visits cached is not fetched again). */
	porPagina?: { pagina: string; bytes: number }[];
}

/**
 * /evolucion (every breakdown of the default cohort), the map's change mode (constant panel), a
 * department's page and the four embeds: no engine at all.
 */
export function measureEngineFree(
	o: VisitOptions,
	ids: { iniciativa: string; departamento: string }
): Promise<EngineFreeResult> {
	const paginas = [
		'/evolucion',
		'/?modo=cambio',
		`/departamentos/${ids.departamento}`,
		'/embed/mapa?edicion=1',
		'/embed/evolucion?desglose=sector',
		`/embed/iniciativa/${ids.iniciativa}`,
		`/embed/departamento/${ids.departamento}`
	];
	return withPage(
		o,
		async () => {},
		async (page) => {
			let total = 0;
			let motor = 0;
			const porPagina: { pagina: string; bytes: number }[] = [];
			for (const path of paginas) {
				o.server.reset();
				await page.goto(`${o.server.url}${path}`, { waitUntil: 'load', timeout: o.timeoutMs });
				await page.waitForFunction(
					() => performance.getEntriesByName('tablero:hidratado').length > 0,
					undefined,
					{ timeout: o.timeoutMs }
				);
				if (path === '/evolucion') {
					for (const d of ['sector', 'departamentos', 'nacional'])
						await page.check(`input[name="desglose"][value="${d}"]`);
				}
				await page.waitForLoadState('networkidle', { timeout: o.timeoutMs });
				porPagina.push({ pagina: path, bytes: sum(o.server) });
				total += sum(o.server);
				motor += sum(o.server, 'wasm');
			}
			return { paginas, motorBytes: motor, totalBytes: total, porPagina };
		}
	);
}

export interface LanguageViewResult {
	pagina: string;
	/** Bytes of a first visit (fresh context, nothing cached) until the page is idle. */
	bytes: number;
	/** Hydrated (controls answer), ms from navigation start. */
	hidratadoMs: number;
}

/**
 * The same pages in Spanish and in English, each a first visit in a fresh context: the English
 * mirror must cost what the Spanish page costs (issue 14: within 5 KB gzip).
 */
export async function measureLanguages(
	o: VisitOptions,
	ids: { iniciativa: string; departamento: string }
): Promise<LanguageViewResult[]> {
	const spanish = ['/', '/evolucion', `/iniciativas/${ids.iniciativa}`, `/embed/mapa`];
	const out: LanguageViewResult[] = [];
	for (const path of spanish.flatMap((p) => [p, p === '/' ? '/en' : `/en${p}`]))
		out.push(
			await withPage(
				o,
				async () => {},
				async (page) => {
					await page.goto(`${o.server.url}${path}`, { waitUntil: 'load', timeout: o.timeoutMs });
					await page.waitForFunction(
						() => performance.getEntriesByName('tablero:hidratado').length > 0,
						undefined,
						{ timeout: o.timeoutMs }
					);
					const hidratadoMs = await page.evaluate(
						() => performance.getEntriesByName('tablero:hidratado')[0]!.startTime
					);
					await page.waitForLoadState('networkidle', { timeout: o.timeoutMs });
					return { pagina: path, bytes: sum(o.server), hidratadoMs };
				}
			)
		);
	return out;
}

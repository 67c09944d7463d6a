import type { BrowserContext, Frame, Page } from 'playwright-core';
import { filterKey } from '../../src/lib/data/evolution-data.ts';
import type { EvolutionFilter } from '../../src/lib/data/queries/evolution.ts';

/** DuckDB's entry point: our guard script, which loads DuckDB's worker (static/duckdb-worker.js). */
export const WORKER_PATTERN = '**/duckdb-worker.js*';

/**
 * Keeps every data read pending: the published Parquet files and DuckDB's worker wait until the
 * context closes. A page then stays as prerendered, and a view that needs data shows its loading
 * state, which is what a reader sees on a slow link.
 */
export async function holdData(context: BrowserContext): Promise<void> {
	let release!: () => void;
	const gate = new Promise<void>((r) => (release = r));
	context.on('close', () => release());
	for (const pattern of [WORKER_PATTERN, '**/data/*.parquet*'])
		await context.route(pattern, async (route) => {
			await gate;
			await route.abort().catch(() => {});
		});
}

/**
 * Waits until the page's engine (if the page shows one) has finished starting. Pages that start
 * DuckDB only on demand stay "inactivo"; that counts as settled once the network is idle.
 */
export async function engineSettled(page: Page): Promise<string | null> {
	await page.waitForLoadState('networkidle');
	const status = page.locator('[data-engine]').first();
	if ((await status.count()) === 0) return null;
	await page.waitForFunction(
		() => {
			const s = document.querySelector('[data-engine]')?.getAttribute('data-engine');
			return s === 'listo' || s === 'error' || s === 'inactivo';
		},
		undefined,
		{ timeout: 30_000 }
	);
	await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 30_000 });
	return status.getAttribute('data-engine');
}

/** Opens every `<details>`, so checks also see the content behind disclosures (table alternatives). */
export function openDisclosures(page: Page): Promise<void> {
	return page.evaluate(() => {
		for (const d of document.querySelectorAll('details')) d.open = true;
	});
}

/** Waits until an /evolucion figure (page or embed) shows exactly this filter, loaded. */
export async function showsEvolution(scope: Page | Frame, f: EvolutionFilter): Promise<void> {
	await scope.waitForFunction(
		(key) => {
			const fig = document.querySelector('[data-testid="evolucion"]');
			return (
				fig?.getAttribute('data-filtro') === key && fig.getAttribute('data-estado') === 'listo'
			);
		},
		filterKey(f),
		{ timeout: 30_000 }
	);
}

/** Waits until the page (every page, embeds included) is hydrated: its controls answer. */
export async function hydrated(page: Page): Promise<void> {
	await page.waitForFunction(() => performance.getEntriesByName('tablero:hidratado').length > 0);
}

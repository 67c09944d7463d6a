import type { BrowserContext, Page } from 'playwright-core';

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

import { unzipSync } from 'fflate';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { formulaCells } from '../../src/lib/export/formula-cells.ts';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openPublished, readManifest } from '../../src/lib/data/prerender.server.ts';
import { openPage, siteURL } from './browser.ts';

const manifest = readManifest();

/** Row counts read from the published Parquet by @duckdb/node-api, independently of the manifest. */
async function parquetCounts(): Promise<Record<string, number>> {
	const conn = openPublished();
	try {
		const out: Record<string, number> = {};
		for (const t of Object.keys(manifest.tablas)) {
			const [r] = await conn.query<{ n: number }>({
				sql: `SELECT count(*) AS n FROM ${t}`,
				params: [],
				tables: [t]
			});
			out[t] = Number(r!.n);
		}
		return out;
	} finally {
		await conn.close();
	}
}

describe('/datos', () => {
	test('lists every published table with the row count of its Parquet file', async () => {
		const expected = await parquetCounts();
		const visit = await openPage('/datos');
		const rows = await visit.page.$$eval(
			'[data-testid="tablas-publicadas"] tr[data-tabla]',
			(trs) =>
				trs.map((tr) => [
					tr.getAttribute('data-tabla')!,
					Number(tr.querySelector('[data-filas]')!.getAttribute('data-filas'))
				])
		);
		expect(Object.fromEntries(rows)).toEqual(expected);
		// Every Parquet link answers with the published bytes.
		const hrefs = await visit.page.$$eval('[data-testid="tablas-publicadas"] a[download]', (as) =>
			as.map((a) => (a as HTMLAnchorElement).href)
		);
		expect(hrefs).toHaveLength(Object.keys(expected).length);
		for (const href of hrefs) expect((await fetch(href)).status).toBe(200);
		expect(visit.consoleErrors).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
		expect(visit.foreignRequests).toEqual([]);
		expect(visit.failedRequests).toEqual([]);
	});

	test('the CSV bundle downloads and holds LEEME.txt plus one CSV per table', async () => {
		const visit = await openPage('/datos');
		const [download] = await Promise.all([
			visit.page.waitForEvent('download'),
			visit.page.getByTestId('paquete-csv').click()
		]);
		expect(download.suggestedFilename()).toBe('tablero-cluster-csv.zip');
		// The browser runs in another process (connected remotely): save a local copy to read.
		const path = join(mkdtempSync(join(tmpdir(), 'datos-e2e-')), 'bundle.zip');
		await download.saveAs(path);
		const bytes = readFileSync(path);
		rmSync(dirname(path), { recursive: true, force: true });
		expect(bytes.length).toBe(manifest.paquete_csv?.bytes);
		const entries = unzipSync(bytes);
		const files = Object.keys(entries);
		expect(files).toEqual(['LEEME.txt', ...Object.keys(manifest.tablas).map((t) => `${t}.csv`)]);
		for (const f of files.filter((x) => x.endsWith('.csv')))
			expect(formulaCells(new TextDecoder().decode(entries[f])), f).toEqual([]);
		expect(visit.foreignRequests).toEqual([]);
	});

	test('shows the dictionary, the sample-data note, licences and a citation with the data version', async () => {
		const html = await (await fetch(siteURL('/datos'))).text();
		for (const ind of manifest.indicadores) expect(html).toContain(`data-codigo="${ind.codigo}"`);
		if (manifest.muestra) {
			expect(html).toContain('data-testid="nota-muestra"');
			expect(html).toContain('Datos de demostración');
		}
		for (const s of ['Natural Earth', 'DIVIPOLA', 'ISO 3166-2', 'CC BY 4.0', 'MIT'])
			expect(html).toContain(s);
		const visit = await openPage('/datos');
		const apa = await visit.page.getByTestId('cita-apa').innerText();
		expect(apa).toContain(`versión de los datos ${manifest.version}`);
		// After hydration the citation carries the page's own address.
		await expect
			.poll(() => visit.page.getByTestId('cita-apa').innerText())
			.toContain(`${siteURL('/datos')}`);
		const bibtex = await visit.page.getByTestId('cita-bibtex').innerText();
		expect(bibtex).toMatch(new RegExp(`version = \\{${manifest.version}\\}`));
		expect(visit.consoleErrors).toEqual([]);
		expect(visit.pageErrors).toEqual([]);
	});

	test('the copy buttons put the citation on the clipboard', async () => {
		const visit = await openPage('/datos', {
			context: { permissions: ['clipboard-read', 'clipboard-write'] }
		});
		const { page } = visit;
		await expect.poll(() => page.getByTestId('cita-apa').innerText()).toContain('http');
		await page.getByRole('button', { name: 'Copiar BibTeX' }).click();
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toBe(await page.getByTestId('cita-bibtex').innerText());
		await expect(page.getByText('Copiado.').count()).resolves.toBe(1);
		expect(visit.pageErrors).toEqual([]);
	});
});

import type { ConsoleResult } from '$lib/data/SqlConsole.svelte';
import { resultRows } from '$lib/data/result-table';
import { toCsv } from '$lib/export/csv';
import * as m from '$lib/i18n/messages/explore';

/** What the CSV's `# ` lines say about where the rows come from. */
export interface CsvContext {
	version: string;
	generado: string;
	muestra: boolean;
}

/** The whole result (not just the rows on screen) as CSV, headed by the query and the data version. */
export function resultCsv(result: ConsoleResult, ctx: CsvContext): string {
	const comments = [
		m.csvQuery(result.sql.replace(/\s+/g, ' ').trim()),
		m.csvVersion(ctx.version, ctx.generado)
	];
	if (ctx.muestra) comments.push(m.csvSample());
	const rows = resultRows(result.batches, result.columns);
	return toCsv(
		rows,
		result.columns.map((c) => c.name),
		{ comments }
	);
}

/** Hands a text file to the browser's download (an object URL, revoked right after). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8') {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

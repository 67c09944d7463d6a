import ExcelJS from 'exceljs';
import type { RawRecord } from './read-csv.ts';

/** An Excel date as the analyst typed it: `AAAA-MM-DD`, with the time only if it has one. */
function dateText(d: Date): string {
	const iso = d.toISOString();
	return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/**
 * Turns an exceljs cell value into the text a CSV export would carry. Formulas become `=...` and
 * error cells their code (`#N/A`), so the same checks as for CSV flag them as errors.
 */
export function cellText(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'string') return v;
	if (typeof v === 'number' || typeof v === 'boolean') return String(v);
	if (v instanceof Date) return dateText(v);
	if (typeof v === 'object') {
		const o = v as Record<string, unknown>;
		if ('formula' in o || 'sharedFormula' in o) return `=${String(o.formula ?? o.sharedFormula)}`;
		if ('error' in o) return String(o.error);
		if (Array.isArray(o.richText))
			return (o.richText as { text: string }[]).map((r) => r.text).join('');
		if ('text' in o) return cellText(o.text);
		if ('result' in o) return cellText(o.result);
	}
	return String(v);
}

/**
 * Streams the first worksheet of an .xlsx file as records (header first), with Excel's own row
 * numbers. Uses exceljs' streaming reader so a large workbook is not held whole.
 */
export async function* readXlsxRecords(path: string): AsyncGenerator<RawRecord> {
	const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
		sharedStrings: 'cache',
		styles: 'cache',
		hyperlinks: 'ignore',
		worksheets: 'emit'
	});
	for await (const sheet of reader) {
		for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
			// row.values is 1-based and sparse: index 0 is unused.
			const values = (row.values as unknown[]).slice(1);
			const fields: string[] = [];
			for (let i = 0; i < values.length; i++) fields.push(cellText(values[i]));
			while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
			yield { row: row.number, fields };
		}
		break; // only the first sheet is read
	}
}

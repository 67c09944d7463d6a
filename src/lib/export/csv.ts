/**
 * CSV for people and spreadsheets: UTF-8 with BOM (so Excel shows accents), comma-separated,
 * RFC 4180 quoting, machine-readable numbers (dot decimal, no thousands separators: es-CO text
 * would not survive a round trip into other tools), and every text cell that a spreadsheet would
 * run as a formula neutralised with a leading apostrophe.
 */

export type Cell = string | number | boolean | null | undefined | Date;

const BOM = '\uFEFF';
/** Characters that start a formula in Excel, LibreOffice or Google Sheets (incl. tab and CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a text cell that a spreadsheet would evaluate (`=1+1`, `@SUM(...)`, `-2+3`). */
export function neutralise(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell as CSV text: numbers as-is, text neutralised and quoted when needed, null empty. */
export function csvCell(value: Cell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	const text = neutralise(value instanceof Date ? value.toISOString() : value);
	return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface CsvOptions {
	/** Lines written first, each prefixed with `# ` (filters, data version, sample flag, source). */
	comments?: string[];
}

/**
 * A whole CSV document from rows and the columns to write, in order. Comment lines go before the
 * header; pandas skips them with `comment='#'`, DuckDB with `skip=<number of comments>`.
 */
export function toCsv<T extends Record<string, Cell>>(
	rows: T[],
	columns: (keyof T & string)[],
	options: CsvOptions = {}
): string {
	const lines = (options.comments ?? []).map((c) => `# ${c.replace(/[\r\n]+/g, ' ')}`);
	lines.push(columns.map(csvCell).join(','));
	for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
	return BOM + lines.join('\r\n') + '\r\n';
}

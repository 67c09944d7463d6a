/**
 * CSV for people and spreadsheets: UTF-8 with BOM (so Excel shows accents), comma-separated,
 * RFC 4180 quoting, machine-readable numbers (dot decimal, no thousands separators: es-CO text
 * would not survive a round trip into other tools), and every text cell that a spreadsheet would
 * run as a formula neutralised with a leading apostrophe: data cells, the header and the `# `
 * metadata lines alike (a query or a search term in a comment line must not become a cell that
 * starts with `=`).
 */

export type Cell = string | number | boolean | null | undefined | Date;

const BOM = '\uFEFF';
/** Characters that start a formula in Excel, LibreOffice or Google Sheets (incl. tab and CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Where else a spreadsheet may start a cell inside a text: after a `;` (Excel in es-CO splits a
 * `.csv` on `;`, and a quote there only groups at the start of a cell), a tab or a line break.
 */
const INNER_START = /([;\t\r\n] *)(?=[=+\-@"\t\r])/g;

/**
 * Neutralises a text cell that a spreadsheet would evaluate (`=1+1`, `@SUM(...)`, `-2+3`): an
 * apostrophe before it, and before any formula that would start a cell after a `;`, tab or line
 * break inside it (`a;=1` → `a;'=1`).
 */
export function neutralise(text: string): string {
	const inner = text.replace(INNER_START, "$1'");
	return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

/**
 * One cell as CSV text: numbers as-is, text neutralised and quoted when needed, null empty. A
 * text with `;` or a tab is quoted too, so a spreadsheet that splits on those (Excel in es-CO
 * splits on `;`) still sees one cell, whose start is neutralised.
 */
export function csvCell(value: Cell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	const text = neutralise(value instanceof Date ? value.toISOString() : value);
	return /[",;\t\n\r]/.test(text) || text !== text.trim()
		? `"${text.replaceAll('"', '""')}"`
		: text;
}

/**
 * A metadata line: `# ` and the text on one line. It stays unquoted (pandas' `comment='#'` and R's
 * `comment.char` only skip a line whose first character is `#`), so a spreadsheet splits it at
 * every `,`, `;` or tab: wherever a cell would start, an apostrophe goes before a formula
 * character or an opening quote (after any spaces). `SELECT a, b` is left alone;
 * `x,=HYPERLINK(…)` becomes `x,'=HYPERLINK(…)`.
 */
export function csvComment(text: string): string {
	const line = text.replace(/[\r\n]+/g, ' ');
	return `# ${line.replace(/([,;\t] *)(?=[=+\-@"\t])/g, "$1'")}`;
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
	const lines = (options.comments ?? []).map(csvComment);
	lines.push(columns.map(csvCell).join(','));
	for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
	return BOM + lines.join('\r\n') + '\r\n';
}

/**
 * Minimal CSV reading and writing for the generator's own inputs (UTF-8, comma, Excel quoting).
 * The build pipeline has its own tolerant reader; this one only needs to read files we control.
 */

/** Parses RFC 4180 text into rows of fields; a leading BOM and a trailing newline are ignored. */
export function parseCsv(text: string, delimiter = ','): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	for (; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else quoted = false;
			} else field += c;
		} else if (c === '"') quoted = true;
		else if (c === delimiter) {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}

/** Parses CSV with a header row into records keyed by header name. */
export function parseCsvRecords(text: string, delimiter = ','): Record<string, string>[] {
	const [header, ...rows] = parseCsv(text, delimiter);
	if (!header) return [];
	return rows
		.filter((r) => r.some((f) => f !== ''))
		.map((r) => Object.fromEntries(header.map((h, j) => [h, r[j] ?? ''])));
}

/** Quotes a field only when needed, as Excel does. */
export function csvField(value: string, delimiter = ','): string {
	return value.includes('"') || value.includes(delimiter) || /[\r\n]/.test(value)
		? `"${value.replaceAll('"', '""')}"`
		: value;
}

/** Serialises rows; `eol` lets the Excel-style edition use CRLF. */
export function toCsv(rows: readonly (readonly string[])[], delimiter = ',', eol = '\n'): string {
	return rows.map((r) => r.map((f) => csvField(f, delimiter)).join(delimiter)).join(eol) + eol;
}

/**
 * Test helper shared by unit and e2e tests: every cell of a CSV document that a spreadsheet would
 * run as a formula. The document is split the way Excel, LibreOffice and Google Sheets split it,
 * once per separator they may pick (`,`, `;` as Excel does in es-CO, tab): a quote opens a quoted
 * field only at the start of a cell, `""` is a quote inside one, and comment lines are not special.
 * Plain numbers (`-3`, `1.5e-7`) are values, not formulas.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function cells(text: string, sep: string): string[] {
	const out: string[] = [];
	let i = 0;
	let cell = '';
	let quoted = false;
	let atStart = true;
	while (i < text.length) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cell += '"';
				i += 2;
				continue;
			}
			if (ch === '"') quoted = false;
			else cell += ch;
			i++;
			continue;
		}
		if (atStart && ch === '"') {
			quoted = true;
			atStart = false;
			i++;
			continue;
		}
		if (ch === sep || ch === '\n' || ch === '\r') {
			out.push(cell);
			cell = '';
			atStart = true;
			i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
			continue;
		}
		cell += ch;
		atStart = false;
		i++;
	}
	out.push(cell);
	return out;
}

/** The cells, under any of the three separators, that start with = + - @ tab or CR. */
export function formulaCells(csv: string): string[] {
	const text = csv.replace(/^\uFEFF/, '');
	const bad = new Set<string>();
	for (const sep of [',', ';', '\t'])
		for (const c of cells(text, sep)) if (FORMULA_START.test(c) && !NUMBER.test(c)) bad.add(c);
	return [...bad];
}

import { stripAccents } from './text.ts';

/** Excel error values: an error in the source, never a missing value. */
const EXCEL_ERRORS = new Set(
	[
		'#N/A',
		'#DIV/0!',
		'#¡VALOR!',
		'#VALUE!',
		'#REF!',
		'#¡REF!',
		'#NAME?',
		'#¿NOMBRE?',
		'#NUM!',
		'#¡NUM!',
		'#NULL!',
		'#¡NULO!'
	].map((s) => s.toUpperCase())
);

const MISSING = new Set(['', 'NA', 'N/A', 'ND', '-']);

/** What a raw cell turned out to be before its column's type is applied. */
export type CellKind =
	| { kind: 'missing' }
	| { kind: 'value'; text: string }
	| { kind: 'formula' }
	| { kind: 'excel_error' };

/** Trims a cell; `trimmed` says whether spaces were removed (the caller warns). */
export function trimCell(raw: string): { text: string; trimmed: boolean } {
	const text = raw.trim();
	return { text, trimmed: text.length !== raw.length };
}

/** Classifies a trimmed cell: formula, Excel error, missing marker or a value. */
export function classify(text: string): CellKind {
	if (text.startsWith('=') && text.length > 1) return { kind: 'formula' };
	if (text.startsWith('#') && EXCEL_ERRORS.has(text.toUpperCase())) return { kind: 'excel_error' };
	if (MISSING.has(text.toUpperCase())) return { kind: 'missing' };
	return { kind: 'value', text };
}

const PLAIN = /^[+-]?\d+$/;
const DOT_DECIMAL = /^[+-]?(\d+\.\d*|\.\d+)$/;
const COMMA_DECIMAL = /^[+-]?(\d+,\d*|,\d+)$/;
const DOT_THOUSANDS = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const COMMA_THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const SPACE_THOUSANDS = /^[+-]?\d{1,3}( \d{3})+([.,]\d+)?$/;
const EXPONENT = /^[+-]?\d+(\.\d+)?[eE][+-]?\d+$/;

/**
 * Parses a number written the Colombian or the English way; `null` if it is not a number.
 * Unambiguous forms are read as written (`12,5`, `1.5`, `1.234.567,8`, `1,234,567.8`). A single
 * separator followed by exactly three digits (`1.250`, `1,250`) is ambiguous: it is read in the
 * file's convention. Spanish-locale Excel writes `;`-separated CSV precisely because its decimal
 * mark is the comma, so `decimalComma` (set for `;` files) reads `1.250` as 1250; otherwise a
 * lone comma group (`1,250`) is thousands and a lone dot is decimal. A number too large for a
 * double (`1e400`) is not a number.
 */
export function parseNumber(text: string, decimalComma = false): number | null {
	const n = parseWritten(text, decimalComma);
	// `1e400` is Infinity: no published value (nor any sum of them) may stop being finite.
	return n === null || Number.isFinite(n) ? n : null;
}

function parseWritten(text: string, decimalComma: boolean): number | null {
	if (decimalComma && DOT_THOUSANDS.test(text))
		return Number(text.replaceAll('.', '').replace(',', '.'));
	if (!decimalComma && COMMA_THOUSANDS.test(text)) return Number(text.replaceAll(',', ''));
	if (PLAIN.test(text) || DOT_DECIMAL.test(text) || EXPONENT.test(text)) return Number(text);
	if (COMMA_DECIMAL.test(text)) return Number(text.replace(',', '.'));
	if (DOT_THOUSANDS.test(text)) return Number(text.replaceAll('.', '').replace(',', '.'));
	if (COMMA_THOUSANDS.test(text)) return Number(text.replaceAll(',', ''));
	const spaced = text.replace(/[\u00a0\u202f]/g, ' ');
	if (SPACE_THOUSANDS.test(spaced)) return Number(spaced.replaceAll(' ', '').replace(',', '.'));
	return null;
}

const TRUE = new Set(['si', 's', '1', 'true', 'x', 'verdadero']);
const FALSE = new Set(['no', 'n', '0', 'false', 'falso']);

/** Parses Sí/Si/S/1/true/x and No/N/0/false (any case, with or without accent); `null` otherwise. */
export function parseBoolean(text: string): boolean | null {
	const k = stripAccents(text).toLowerCase();
	if (TRUE.has(k)) return true;
	if (FALSE.has(k)) return false;
	return null;
}

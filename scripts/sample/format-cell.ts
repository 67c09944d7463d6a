/** How one value is spelled in each kind of export the sample imitates. */
import type { Indicator } from './inputs.ts';
import type { Cell } from './simulate.ts';

/**
 * `plain`: what a script would write (point decimal, `Sí`/`No`, levels as in the dictionary).
 * `excel-es`: what Excel in a Spanish locale saves (decimal comma, thousands dots on money,
 * `Si`/`No`, capitalised levels), to exercise the build's tolerant reader.
 */
export type CellStyle = 'plain' | 'excel-es';

const MONEY = new Set(['millones COP', 'millones USD']);

function decimalsOf(x: number): number {
	const text = String(x);
	const dot = text.indexOf('.');
	return dot < 0 ? 0 : text.length - dot - 1;
}

/** `1234567.8` → `1.234.567,8`; only used for money, which always carries decimals. */
function spanishNumber(x: number, decimals: number, thousands: boolean): string {
	const [int = '0', frac] = Math.abs(x).toFixed(decimals).split('.');
	const grouped = thousands ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : int;
	return (x < 0 ? '-' : '') + grouped + (frac ? `,${frac}` : '');
}

export function formatCell(cell: Cell, indicator: Indicator, style: CellStyle): string {
	if (cell === null) return '';
	if (typeof cell === 'boolean') {
		if (style === 'excel-es') return cell ? 'Si' : 'No';
		return cell ? 'Sí' : 'No';
	}
	if (typeof cell === 'string') {
		return style === 'excel-es' ? cell.charAt(0).toUpperCase() + cell.slice(1) : cell;
	}
	if (style === 'plain') return String(cell);
	if (MONEY.has(indicator.unidad)) {
		// A fixed decimal part keeps `1.234,0` unambiguous; `1.234` alone could be read as 1,234.
		const decimals = indicator.unidad === 'millones USD' ? 2 : 1;
		return spanishNumber(cell, decimals, true);
	}
	return spanishNumber(cell, decimalsOf(cell), false);
}

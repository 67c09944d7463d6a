import { classify, parseBoolean, parseNumber } from './cells.ts';
import type { Report } from './report.ts';

/** Range and shape rules for a numeric cell. */
export interface NumberRule {
	min?: number | null;
	max?: number | null;
	integer?: boolean;
	required?: boolean;
}

/**
 * One data row with typed, checked accessors. Each accessor reports its own problems (naming
 * file, row, column and value) and returns `null` for missing or invalid values, so one pass
 * collects every problem of the row.
 */
export class Row {
	constructor(
		private report: Report,
		readonly file: string,
		readonly row: number,
		private fields: string[],
		private index: Map<string, number>,
		private decimalComma = false
	) {}

	has(column: string): boolean {
		return this.index.has(column);
	}

	/** Trimmed text or null if missing; formulas and Excel errors are reported. */
	text(column: string, required = false): string | null {
		const i = this.index.get(column);
		if (i === undefined) return null;
		const raw = this.fields[i] ?? '';
		// The place object is built only when there is something to report (hot path).
		const place = () => ({ file: this.file, row: this.row, column, value: raw });
		const text = raw.trim();
		if (text.length !== raw.length)
			this.report.warn(place(), 'espacios al inicio o al final; se recortaron', 'espacios');
		const c = classify(text);
		if (c.kind === 'formula') {
			this.report.error(place(), 'la celda tiene una fórmula, no un valor', 'formula');
			return null;
		}
		if (c.kind === 'excel_error') {
			this.report.error(place(), 'la celda tiene un valor de error de Excel', 'error_excel');
			return null;
		}
		if (c.kind === 'missing') {
			if (required) this.report.error(place(), 'valor obligatorio vacío', 'obligatorio');
			return null;
		}
		return c.text;
	}

	/**
	 * Text of a source column (`fuente`, `url`): plain text (`DANE`) is fine, but every
	 * space-separated part that parses as a URL must be http(s); the site links only those, and a `javascript:` or
	 * `data:` address in the data is an error rather than something to hide later.
	 */
	url(column: string): string | null {
		const text = this.text(column);
		if (text === null) return null;
		// Several addresses may share the cell, separated by spaces: each one is checked.
		for (const token of text.split(/\s+/)) {
			let protocol: string;
			try {
				protocol = new URL(token).protocol;
			} catch {
				continue;
			}
			if (protocol !== 'http:' && protocol !== 'https:') {
				this.fail(column, 'no es una dirección web http(s)', 'url');
				return null;
			}
		}
		return text;
	}

	/** Reports a problem at this row and column with the cell's raw value. */
	fail(column: string, message: string, rule: string, value?: string): void {
		const i = this.index.get(column);
		const v = value ?? (i === undefined ? undefined : (this.fields[i] ?? ''));
		this.report.error({ file: this.file, row: this.row, column, value: v }, message, rule);
	}

	warn(column: string, message: string, rule: string): void {
		const i = this.index.get(column);
		const value = i === undefined ? undefined : (this.fields[i] ?? '').trim();
		this.report.warn({ file: this.file, row: this.row, column, value }, message, rule);
	}

	number(column: string, rule: NumberRule = {}): number | null {
		const text = this.text(column, rule.required);
		if (text === null) return null;
		const n = parseNumber(text, this.decimalComma);
		if (n === null || !Number.isFinite(n)) {
			this.fail(column, 'no es un número', 'numero');
			return null;
		}
		if (rule.integer && !Number.isInteger(n)) {
			this.fail(column, 'no es un número entero', 'entero');
			return null;
		}
		if ((rule.min != null && n < rule.min) || (rule.max != null && n > rule.max)) {
			const lo = rule.min ?? '−∞';
			const hi = rule.max ?? '∞';
			this.fail(column, `fuera del rango permitido [${lo}, ${hi}]`, 'rango');
			return null;
		}
		return n;
	}

	boolean(column: string, required = false): boolean | null {
		const text = this.text(column, required);
		if (text === null) return null;
		const b = parseBoolean(text);
		if (b === null) this.fail(column, 'no es un booleano (Sí/No)', 'booleano');
		return b;
	}
}

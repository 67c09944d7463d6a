/** Where a problem is: the file as the analyst sees it (relative to --input) and, if known, row and column. */
export interface Place {
	file: string;
	row?: number;
	column?: string;
	value?: string;
}

export type Severity = 'ERROR' | 'AVISO';

export interface Problem extends Place {
	severity: Severity;
	message: string;
	rule: string;
}

/** Lines kept per file and rule; the rest are counted, so a 200 MB file cannot flood memory. */
const KEEP: Record<Severity, number> = { ERROR: 100, AVISO: 20 };

/** Longest file name, column or value echoed in a report line (a cell may hold 300 MB). */
export const MAX_ECHO = 200;

/** Text longer than `max` characters, cut, with the count of what was left out. */
export function clip(s: string, max = MAX_ECHO): string {
	if (s.length <= max) return s;
	// Do not split a surrogate pair.
	const end = /[\uD800-\uDBFF]/.test(s[max - 1]!) ? max - 1 : max;
	return `${s.slice(0, end)}…(+${s.length - end} caracteres)`;
}

/**
 * Text from the inputs made safe for one report line: newlines, tabs and every other control
 * character (ANSI escapes, C1, Unicode line/paragraph separators, bidi overrides) escaped as
 * `\n`, `\t`, `\x1b`, `\u2028`…, so a file name or a cell can neither forge another line nor
 * drive the terminal.
 */
export function escapeControls(s: string): string {
	return s.replace(
		// eslint-disable-next-line no-control-regex -- finding control characters is the point
		/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
		(c) => {
			if (c === '\n') return '\\n';
			if (c === '\r') return '\\r';
			if (c === '\t') return '\\t';
			const code = c.charCodeAt(0);
			return code < 0x100
				? `\\x${code.toString(16).padStart(2, '0')}`
				: `\\u${code.toString(16).padStart(4, '0')}`;
		}
	);
}

/** Quotes a value for the report: double quotes doubled, control characters escaped. */
function quote(s: string): string {
	return `"${escapeControls(s).replaceAll('"', '""')}"`;
}

/**
 * One problem as one line:
 * `ERROR raw/ssme/2.csv fila 14 columna "empleos" valor "abc": no es un número [numero]`.
 */
export function formatProblem(p: Problem): string {
	let where = `${p.severity} ${escapeControls(p.file)}`;
	if (p.row !== undefined) where += ` fila ${p.row}`;
	if (p.column !== undefined) where += ` columna ${quote(p.column)}`;
	if (p.value !== undefined) where += ` valor ${quote(p.value)}`;
	return `${where}: ${escapeControls(p.message)} [${p.rule}]`;
}

/** Collects every problem of a run; the build publishes nothing if there is any error. */
export class Report {
	readonly problems: Problem[] = [];
	#counts = new Map<string, number>();
	errorCount = 0;
	warningCount = 0;

	#add(severity: Severity, place: Place, message: string, rule: string) {
		if (severity === 'ERROR') this.errorCount++;
		else this.warningCount++;
		const key = `${severity}\u0000${place.file}\u0000${rule}`;
		const n = (this.#counts.get(key) ?? 0) + 1;
		this.#counts.set(key, n);
		if (n > KEEP[severity]) return;
		// Cut when kept: a 300 MB cell must neither stay in memory nor be echoed in full.
		this.problems.push({
			severity,
			file: clip(place.file),
			...(place.row === undefined ? {} : { row: place.row }),
			...(place.column === undefined ? {} : { column: clip(place.column) }),
			...(place.value === undefined ? {} : { value: clip(place.value) }),
			message: clip(message, 4 * MAX_ECHO),
			rule
		});
	}

	error(place: Place, message: string, rule: string) {
		this.#add('ERROR', place, message, rule);
	}

	warn(place: Place, message: string, rule: string) {
		this.#add('AVISO', place, message, rule);
	}

	get ok(): boolean {
		return this.errorCount === 0;
	}

	/** All report lines: kept problems in order, then one summary line per capped file and rule. */
	lines(): string[] {
		const out = this.problems.map(formatProblem);
		for (const [key, n] of this.#counts) {
			const [severity, file, rule] = key.split('\u0000') as [Severity, string, string];
			const extra = n - KEEP[severity];
			if (extra > 0)
				out.push(
					`${severity} ${escapeControls(clip(file))}: y ${extra} más con la misma regla (no se listan) [${rule}]`
				);
		}
		return out;
	}
}

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

/** Quotes a value for the report: double quotes doubled, newlines and tabs made visible. */
function quote(s: string): string {
	return `"${s.replaceAll('"', '""').replaceAll('\n', '\\n').replaceAll('\r', '\\r').replaceAll('\t', '\\t')}"`;
}

/**
 * One problem as one line:
 * `ERROR raw/ssme/2.csv fila 14 columna "empleos" valor "abc": no es un número [numero]`.
 */
export function formatProblem(p: Problem): string {
	let where = `${p.severity} ${p.file}`;
	if (p.row !== undefined) where += ` fila ${p.row}`;
	if (p.column !== undefined) where += ` columna ${quote(p.column)}`;
	if (p.value !== undefined) where += ` valor ${quote(p.value)}`;
	return `${where}: ${p.message} [${p.rule}]`;
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
		if (n <= KEEP[severity]) this.problems.push({ severity, ...place, message, rule });
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
				out.push(`${severity} ${file}: y ${extra} más con la misma regla (no se listan) [${rule}]`);
		}
		return out;
	}
}

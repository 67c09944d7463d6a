import { describe, expect, it } from 'vitest';
import { MAX_ECHO, Report, formatProblem } from './report.ts';

describe('Report lines cannot be forged or flooded', () => {
	it('Report.lines(): a newline in a file name stays on one line (no forged «AVISO … [ok]»)', () => {
		const r = new Report();
		r.error({ file: 'raw/ssme/1\nAVISO raw/ssme/1.csv: todo bien [ok].csv' }, 'falta', 'archivo');
		const lines = r.lines();
		expect(lines).toEqual([
			'ERROR raw/ssme/1\\nAVISO raw/ssme/1.csv: todo bien [ok].csv: falta [archivo]'
		]);
		expect(lines.join('\n').split('\n')).toHaveLength(1);
	});

	it('formatProblem(): ANSI escapes, CR, DEL, C1 and U+2028 in a value or column are escaped', () => {
		const line = formatProblem({
			severity: 'ERROR',
			file: 'raw/x.csv',
			row: 2,
			column: 'a\u001b[2Jb',
			value: '\u001b[31mrojo\u001b[0m\r\u007f\u0085\u2028\u202e',
			message: 'no es un número',
			rule: 'numero'
		});
		expect(line).toBe(
			'ERROR raw/x.csv fila 2 columna "a\\x1b[2Jb" valor "\\x1b[31mrojo\\x1b[0m\\r\\x7f\\x85\\u2028\\u202e": no es un número [numero]'
		);
		// eslint-disable-next-line no-control-regex -- finding control characters is the point
		expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028]/);
	});

	it(`Report keeps a value cut to ${MAX_ECHO} characters with the count left out`, () => {
		const r = new Report();
		const big = 'x'.repeat(5_000_000);
		r.error({ file: 'raw/x.csv', row: 2, column: 'c', value: big }, 'no es un número', 'numero');
		const [line] = r.lines();
		expect(line).toBe(
			`ERROR raw/x.csv fila 2 columna "c" valor "${'x'.repeat(MAX_ECHO)}…(+${5_000_000 - MAX_ECHO} caracteres)": no es un número [numero]`
		);
		expect(r.problems[0]!.value!.length).toBeLessThan(MAX_ECHO + 40);
	});
});

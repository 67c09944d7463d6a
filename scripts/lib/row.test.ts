import { describe, expect, it } from 'vitest';
import { formatProblem, Report } from './report.ts';
import { Row } from './row.ts';

const url = (value: string) => {
	const report = new Report();
	const row = new Row(report, 'raw/iniciativas.csv', 2, [value], new Map([['fuente', 0]]));
	return { value: row.url('fuente'), lines: report.problems.map(formatProblem) };
};

describe('Row.url', () => {
	it('row.url() keeps text and http(s) addresses, several per cell', () => {
		expect(url('DANE')).toEqual({ value: 'DANE', lines: [] });
		expect(url('https://a.org/x http://b.org')).toEqual({
			value: 'https://a.org/x http://b.org',
			lines: []
		});
	});

	it.each(['javascript:alert(1)', 'https://a.org JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>'])(
		'row.url(%s) is an error [url]',
		(v) => {
			expect(url(v)).toEqual({
				value: null,
				lines: [
					`ERROR raw/iniciativas.csv fila 2 columna "fuente" valor "${v}": no es una dirección web http(s) [url]`
				]
			});
		}
	);
});

import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-href';

describe('safeHref()', () => {
	it('keeps absolute http(s) addresses', () => {
		expect(safeHref('https://www.confecamaras.org.co/noticias')).toBe(
			'https://www.confecamaras.org.co/noticias'
		);
		expect(safeHref(' http://example.org/a b ')).toBe('http://example.org/a%20b');
	});

	it.each([
		'javascript:alert(1)',
		' JavaScript:alert(1)',
		'java\tscript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'/relative/path',
		'no es una dirección',
		'',
		null,
		undefined
	])('refuses %s', (url) => {
		expect(safeHref(url)).toBeNull();
	});
});

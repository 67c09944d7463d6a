import { describe, expect, it } from 'vitest';
import { MAX_NOTICES, readParams, summarizeNotices } from './url-params';

const rules = { known: new Set(['a', 'b']), legacy: { old: 'a' }, maxLength: 5 };

function read(query: string) {
	const notices: string[] = [];
	const params = [...readParams(new URLSearchParams(query), rules, notices)].map((p) => [
		p.key,
		p.raw,
		p.value
	]);
	return { params, notices };
}

describe('readParams', () => {
	it('renames old names and trims values, keeping the raw text', () => {
		expect(read('old=%20x%20&b=y')).toEqual({
			params: [
				['a', ' x ', 'x'],
				['b', 'y', 'y']
			],
			notices: []
		});
	});

	it('drops unknown, repeated (also under an old name) and oversized parameters, in URL order', () => {
		expect(read('zz=1&a=1&old=2&b=123456')).toEqual({
			params: [['a', '1', '1']],
			notices: [
				'Se ignoró el parámetro desconocido «zz».',
				'El parámetro «a» aparece más de una vez; se usó el primero.',
				'El valor de «b» es demasiado largo; se usó el predeterminado.'
			]
		});
	});

	it('quotes long bad values cut at 40 characters', () => {
		const notices: string[] = [];
		for (const p of readParams(new URLSearchParams(`zz${'x'.repeat(50)}=1`), rules, notices))
			p.bad();
		expect(notices).toEqual([`Se ignoró el parámetro desconocido «zz${'x'.repeat(38)}…».`]);
	});
});

describe('summarizeNotices', () => {
	it('keeps short lists, without repeats', () => {
		expect(summarizeNotices(['a', 'b', 'a'])).toEqual(['a', 'b']);
	});

	it(`cuts long lists to ${MAX_NOTICES} lines, the last counting the rest`, () => {
		const many = Array.from({ length: 1200 }, (_, i) => `aviso ${i}`);
		const out = summarizeNotices(many);
		expect(out).toHaveLength(MAX_NOTICES);
		expect(out.slice(0, -1)).toEqual(many.slice(0, MAX_NOTICES - 1));
		expect(out.at(-1)).toBe('… y 1.193 avisos más sobre parámetros de la dirección.');
	});
});

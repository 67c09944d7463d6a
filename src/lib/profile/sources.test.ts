import { describe, expect, it } from 'vitest';
import { parseSources } from './sources';

describe('parseSources', () => {
	it('splits URLs and references separated by « ; »', () => {
		expect(parseSources('https://a.example/x ; Boletín «Conéctate a la Red» 2024')).toEqual([
			{ kind: 'link', href: 'https://a.example/x', host: 'a.example' },
			{ kind: 'text', text: 'Boletín «Conéctate a la Red» 2024' }
		]);
	});
	it('splits several URLs separated by spaces', () => {
		expect(parseSources('http://a.example https://b.example/y')).toEqual([
			{ kind: 'link', href: 'http://a.example', host: 'a.example' },
			{ kind: 'link', href: 'https://b.example/y', host: 'b.example' }
		]);
	});
	it('never makes a link of a non-http address', () => {
		expect(parseSources('javascript:alert(1)')).toEqual([
			{ kind: 'text', text: 'javascript:alert(1)' }
		]);
		expect(parseSources('http://[bad')).toEqual([{ kind: 'text', text: 'http://[bad' }]);
		expect(parseSources(null)).toEqual([]);
	});
});

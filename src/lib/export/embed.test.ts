import { describe, expect, it } from 'vitest';
import { absoluteUrl, embedCode } from './embed';

describe('embedCode', () => {
	it('writes an iframe with the embed URL and an escaped title', () => {
		const code = embedCode('https://x.co/embed/mapa?indicador=a&edicion=2', 'Mapa "A" & <B>');
		expect(code).toBe(
			'<iframe src="https://x.co/embed/mapa?indicador=a&amp;edicion=2" title="Mapa &quot;A&quot; &amp; &lt;B&gt;" width="100%" height="640" style="border:0;max-width:100%" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>'
		);
	});
});

describe('absoluteUrl', () => {
	it('joins path and query on the origin', () => {
		expect(absoluteUrl('/embed/mapa', '?sector=turismo', 'http://127.0.0.1:4173')).toBe(
			'http://127.0.0.1:4173/embed/mapa?sector=turismo'
		);
		expect(absoluteUrl('/', '', 'http://127.0.0.1:4173')).toBe('http://127.0.0.1:4173/');
	});
});

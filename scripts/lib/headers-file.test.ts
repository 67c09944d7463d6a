import { describe, expect, it } from 'vitest';
import { headersFile, pagePathsOf } from './headers-file.ts';

describe('headersFile', () => {
	const file = headersFile(['/', '/embed/mapa', '/evolucion']);
	const rules = Object.fromEntries(
		file
			.split(/\n(?=\/)/)
			.filter((b) => b.startsWith('/'))
			.map((b) => {
				const [path, ...lines] = b.trim().split('\n');
				return [path, lines.map((l) => l.trim())];
			})
	);

	it('lets only /embed/* pages be framed by other sites', () => {
		expect(rules['/embed/mapa']).toContain('Content-Security-Policy: frame-ancestors *');
		expect(rules['/']).toContain("Content-Security-Policy: frame-ancestors 'self'");
		expect(rules['/evolucion']).toContain("Content-Security-Policy: frame-ancestors 'self'");
	});

	it('never puts the CSP on the wildcard rule (hosts would merge two policies)', () => {
		expect(rules['/*']).toContain('X-Content-Type-Options: nosniff');
		expect(rules['/*']!.some((l: string) => l.startsWith('Content-Security-Policy'))).toBe(false);
	});
});

describe('pagePathsOf', () => {
	it('maps prerendered files to the paths they are served at', () => {
		expect(pagePathsOf('index.html')).toEqual(['/', '/index.html']);
		expect(pagePathsOf('embed/mapa.html')).toEqual(['/embed/mapa', '/embed/mapa.html']);
	});
});

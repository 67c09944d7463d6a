import { describe, expect, it } from 'vitest';
import { headersFile, pagePathsOf } from './headers-file.ts';
import { PERMISSIONS_POLICY, securityHeaders } from './security-headers.ts';

describe('headersFile', () => {
	const profiles = Array.from({ length: 300 }, (_, i) => `/iniciativas/i${i}`);
	const file = headersFile([
		'/',
		'/index.html',
		'/embed/mapa',
		'/embed/mapa.html',
		'/evolucion.html',
		'/evolucion',
		'/iniciativas',
		...profiles,
		'/en',
		'/en/embed/mapa',
		'/en/embed/mapa.html',
		'/en/evolucion',
		...profiles.map((p) => `/en${p}`)
	]);
	const rules = Object.fromEntries(
		file
			.split(/\n(?=\/)/)
			.filter((b) => b.startsWith('/'))
			.map((b) => {
				const [path, ...lines] = b.trim().split('\n');
				return [path, lines.map((l) => l.trim())];
			})
	);

	it('lets the English embeds be framed too, with one rule per section of the mirror', () => {
		expect(rules['/en/embed/*']).toContain('Content-Security-Policy: frame-ancestors *');
		expect(rules['/en']).toContain("Content-Security-Policy: frame-ancestors 'self'");
		expect(rules['/en/iniciativas/*']).toContain("Content-Security-Policy: frame-ancestors 'self'");
		expect(Object.keys(rules).length).toBeLessThan(20);
	});

	it('lets only /embed/* pages be framed by other sites', () => {
		expect(rules['/embed/*']).toContain('Content-Security-Policy: frame-ancestors *');
		expect(rules['/']).toContain("Content-Security-Policy: frame-ancestors 'self'");
		expect(rules['/index.html']).toContain("Content-Security-Policy: frame-ancestors 'self'");
		expect(rules['/evolucion']).toContain("Content-Security-Policy: frame-ancestors 'self'");
		expect(rules['/iniciativas/*']).toContain("Content-Security-Policy: frame-ancestors 'self'");
	});

	it("stays within Cloudflare's 100 rules however many pages there are; rules never overlap", () => {
		const paths = Object.keys(rules);
		expect(paths.length).toBeLessThan(20);
		const wild = paths.filter((p) => p.endsWith('/*') && p !== '/*');
		for (const w of wild)
			for (const other of wild)
				if (w !== other) expect(other.startsWith(w.slice(0, -1))).toBe(false);
	});

	it('denies unused browser features (Permissions-Policy) on every path, from securityHeaders()', () => {
		expect(rules['/*']).toContain(`Permissions-Policy: ${PERMISSIONS_POLICY}`);
		for (const f of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
			expect(PERMISSIONS_POLICY).toContain(`${f}=()`);
		expect(securityHeaders('/embed/mapa')['Permissions-Policy']).toBe(PERMISSIONS_POLICY);
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

describe('under a sub-folder (TABLERO_BASE)', () => {
	it('securityHeaders lets /tablero/embed/* be framed and nothing else', () => {
		expect(securityHeaders('/tablero/embed/mapa', '/tablero')['Content-Security-Policy']).toBe(
			'frame-ancestors *'
		);
		expect(securityHeaders('/tablero/', '/tablero')['Content-Security-Policy']).toBe(
			"frame-ancestors 'self'"
		);
	});
	it('headersFile prefixes every rule with the sub-folder', () => {
		const file = headersFile(['/', '/embed/mapa', '/iniciativas/a'], '/tablero');
		const rules = file.split('\n').filter((l) => l.startsWith('/'));
		expect(rules.every((r) => r.startsWith('/tablero/'))).toBe(true);
		expect(file).toMatch(/\/tablero\/embed\/\*\n {2}Content-Security-Policy: frame-ancestors \*/);
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { securityHeaders } from '../../scripts/lib/security-headers.ts';
import { siteURL } from './browser.ts';

async function headersOf(path: string, init: RequestInit = {}): Promise<Headers> {
	const res = await fetch(siteURL(path), init);
	await res.body?.cancel();
	expect(res.status, path).toBeLessThan(400);
	return res.headers;
}

describe('security headers (preview server and build/_headers from one source)', () => {
	test.each(['/', '/explorar', '/embed/mapa', '/data/manifest.json'])(
		'%s carries every header of securityHeaders(), Permissions-Policy included',
		async (path) => {
			const h = await headersOf(path);
			for (const [k, v] of Object.entries(securityHeaders(path))) expect(h.get(k), k).toBe(v);
			expect(h.get('permissions-policy')).toContain('camera=()');
		}
	);

	test('no response allows every origin (no Access-Control-Allow-Origin: *)', async () => {
		for (const path of ['/', '/data/manifest.json'])
			for (const origin of [undefined, 'https://evil.example'])
				expect(
					(await headersOf(path, origin ? { headers: { Origin: origin } } : {})).get(
						'access-control-allow-origin'
					),
					`${path} ${origin ?? ''}`
				).toBeNull();
	});

	test('build/_headers gives every path the same Permissions-Policy', () => {
		const file = readFileSync('build/_headers', 'utf8');
		const wildcard = file.split(/\n(?=\/)/).find((b) => b.startsWith('/*\n'))!;
		expect(wildcard).toContain(`Permissions-Policy: ${securityHeaders('/')['Permissions-Policy']}`);
	});
});

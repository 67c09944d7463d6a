import { securityHeaders } from './security-headers.ts';

/**
 * A `_headers` file (Netlify / Cloudflare Pages format) with the same per-path policy as the
 * preview server. Hosts merge the headers of every rule that matches a path (two CSP headers
 * would both apply, and `frame-ancestors 'self'` would still forbid framing), so the CSP is
 * never given on a wildcard: each page gets its own exact rule, and `/*` only carries the
 * headers that are the same everywhere.
 */
export function headersFile(pagePaths: string[]): string {
	const common = securityHeaders('/');
	const perPage = Object.keys(common).filter((k) =>
		pagePaths.some((p) => securityHeaders(p)[k] !== common[k])
	);
	const block = (path: string, headers: Record<string, string>) =>
		[path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
	const shared = Object.fromEntries(Object.entries(common).filter(([k]) => !perPage.includes(k)));
	const blocks = [block('/*', shared)];
	for (const path of [...pagePaths].sort()) {
		const h = securityHeaders(path);
		blocks.push(block(path, Object.fromEntries(perPage.map((k) => [k, h[k]!]))));
	}
	return `# Generado por scripts/write-headers.ts desde scripts/lib/security-headers.ts\n${blocks.join('\n')}\n`;
}

/** URL paths under which a prerendered HTML file is served (`embed/mapa.html` → both forms). */
export function pagePathsOf(htmlFile: string): string[] {
	const rel = htmlFile.replaceAll('\\', '/').replace(/^\/+/, '');
	if (rel === 'index.html') return ['/', '/index.html'];
	if (rel.endsWith('/index.html')) {
		const dir = `/${rel.slice(0, -'index.html'.length)}`;
		return [dir, dir.slice(0, -1), `/${rel}`];
	}
	return [`/${rel.slice(0, -'.html'.length)}`, `/${rel}`];
}

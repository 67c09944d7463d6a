import { securityHeaders } from './security-headers.ts';

type Headers = Record<string, string>;

/**
 * A `_headers` file (Netlify / Cloudflare Pages format) with the same per-path policy as the
 * preview server. Hosts merge the headers of every rule that matches a path (two CSP headers
 * would both apply, and `frame-ancestors 'self'` would still forbid framing), so the CSP never
 * sits on overlapping rules: `/*` carries only what is the same everywhere, top-level pages get
 * exact rules (`/`, `/evolucion`) and the pages below a section share one (`/iniciativas/*`);
 * none of them overlap. One rule per page would break Cloudflare's limit of 100 rules once there
 * are many profile pages. A section whose pages disagree gets one exact rule per page instead.
 */
export function headersFile(pagePaths: string[], base = ''): string {
	const common = securityHeaders('/');
	const perPage = Object.keys(common).filter((k) =>
		pagePaths.some((p) => securityHeaders(p)[k] !== common[k])
	);
	const pick = (h: Headers) => Object.fromEntries(perPage.map((k) => [k, h[k]!]));
	const same = (a: Headers, b: Headers) => perPage.every((k) => a[k] === b[k]);
	// Rules are URL paths: under a sub-folder they start with it (`/tablero/embed/*`).
	const block = (path: string, headers: Headers) =>
		[`${base}${path}`, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');

	const shared = Object.fromEntries(Object.entries(common).filter(([k]) => !perPage.includes(k)));
	const blocks = [block('/*', shared)];
	if (perPage.length > 0) {
		// Top-level pages get exact rules; pages below a section share one `/<section>/*` rule
		// (`/en/<section>/*` in the English mirror).
		const sectionOf = (p: string): string | null => {
			const lang = p === '/en' || p.startsWith('/en/') ? '/en' : '';
			const parts = (p.slice(lang.length) || '/').split('/');
			return parts.length <= 2 ? null : `${lang.slice(1)}${lang ? '/' : ''}${parts[1]}`;
		};
		const top = pagePaths.filter((p) => sectionOf(p) === null);
		const sections = new Map<string, string[]>();
		for (const p of pagePaths) {
			const section = sectionOf(p);
			if (section !== null) sections.set(section, [...(sections.get(section) ?? []), p]);
		}
		const rules: [string, Headers][] = top.map((p) => [p, securityHeaders(p)]);
		for (const [section, paths] of sections) {
			const policies = paths.map((p) => securityHeaders(p));
			if (policies.every((h) => same(h, policies[0]!))) rules.push([`/${section}/*`, policies[0]!]);
			else paths.forEach((p, i) => rules.push([p, policies[i]!]));
		}
		rules.sort(([a], [b]) => a.localeCompare(b));
		for (const [path, h] of rules) blocks.push(block(path, pick(h)));
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

import { LANG_TAG, pathIn, type Locale } from '../i18n/locale';
import type { Message } from '../i18n/message';
import * as m from '../i18n/messages/offline';

/** Sections that are precached, so the offline page can point to them. */
const SECTIONS: [string, Message][] = [
	['/', m.sectionMap],
	['/evolucion', m.sectionEvolution],
	['/iniciativas', m.sectionInitiatives],
	['/datos', m.sectionData]
];

/**
 * The answer to a navigation that is neither reachable nor cached: a plain page in the
 * request's language (no scripts, its own strict CSP) with links to the sections that are
 * available offline in that language. 503, so it is never mistaken for the page and never cached.
 */
export function offlineResponse(base: string, locale: Locale = 'es'): Response {
	const links = SECTIONS.map(
		([path, label]) => `<li><a href="${base}${pathIn(path, locale)}">${label[locale]}</a></li>`
	);
	const html = `<!doctype html>
<html lang="${LANG_TAG[locale]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${m.title[locale]}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}</style>
</head>
<body>
<main>
<h1>${m.heading[locale]}</h1>
<p>${m.body[locale]}</p>
<p>${m.available[locale]}</p>
<ul>${links.join('')}</ul>
</main>
</body>
</html>
`;
	return new Response(html, {
		status: 503,
		statusText: 'Service Unavailable',
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'cache-control': 'no-store',
			'content-security-policy':
				"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
		}
	});
}

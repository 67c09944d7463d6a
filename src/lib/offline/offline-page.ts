/** Sections that are precached, so the offline page can point to them. */
const SECTIONS: [string, string][] = [
	['/', 'Mapa'],
	['/evolucion', 'Evolución'],
	['/iniciativas', 'Iniciativas'],
	['/datos', 'Datos']
];

/**
 * The answer to a navigation that is neither reachable nor cached: a plain Spanish page (no
 * scripts, its own strict CSP) with links to the sections that are available offline. 503, so
 * it is never mistaken for the page and never cached.
 */
export function offlineResponse(base: string): Response {
	const links = SECTIONS.map(([path, label]) => `<li><a href="${base}${path}">${label}</a></li>`);
	const html = `<!doctype html>
<html lang="es-CO">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sin conexión · Tablero Clúster</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}</style>
</head>
<body>
<main>
<h1>Sin conexión</h1>
<p>Esta página no se ha abierto antes en este navegador y no hay conexión para traerla. Cuando
vuelva la conexión, recargue la página.</p>
<p>Disponibles sin conexión:</p>
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

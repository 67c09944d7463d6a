import { describe, expect, it } from 'vitest';
import { offlineResponse } from './offline-page';

describe('offlineResponse', () => {
	it('offlineResponse(base) is the Spanish page with Spanish links (503, never cached)', async () => {
		const r = offlineResponse('/tablero');
		expect(r.status).toBe(503);
		expect(r.headers.get('cache-control')).toBe('no-store');
		const html = await r.text();
		expect(html).toContain('<html lang="es-CO">');
		expect(html).toContain('<h1>Sin conexión</h1>');
		expect(html).toContain('<a href="/tablero/evolucion">Evolución</a>');
		expect(html).toContain('<a href="/tablero/">Mapa</a>');
	});

	it("offlineResponse(base, 'en') is in English and links to the English pages", async () => {
		const html = await offlineResponse('', 'en').text();
		expect(html).toContain('<html lang="en-US">');
		expect(html).toContain('<title>Offline · Tablero Clúster</title>');
		expect(html).toContain('<h1>Offline</h1>');
		expect(html).toContain('<a href="/en">Map</a>');
		expect(html).toContain('<a href="/en/datos">Data</a>');
		expect(html).not.toMatch(/Sin conexión|Disponibles/);
	});
});

import { describe, expect, it } from 'vitest';
import { citationApa, citationBibtex } from './citation';

const base = { version: '7e3e3b60bca8', generado: '2026-11-24T19:37:03.131Z', muestra: false };

describe('citationApa', () => {
	it('citationApa(real data) names author, year, title, data version, date and kind', () => {
		expect(citationApa({ ...base, url: 'https://tablero.example/datos' })).toBe(
			'Proyecto Tablero Clúster. (2026). Tablero Clúster: iniciativas clúster de Colombia y ' +
				'resultados del SSME por departamento (versión de los datos 7e3e3b60bca8, publicada el ' +
				'24 de noviembre de 2026) [Conjunto de datos]. https://tablero.example/datos'
		);
	});
	it('citationApa({ muestra: true }) says the values are synthetic', () => {
		expect(citationApa({ ...base, muestra: true })).toContain(
			'[Conjunto de datos; datos de demostración sintéticos, no resultados del SSME].'
		);
	});
	it('citationApa without url ends at the bracket', () => {
		expect(citationApa(base)).toMatch(/\[Conjunto de datos\]\.$/);
	});
	it('citationApa uses the date in Bogotá (UTC early morning is still the day before)', () => {
		const c = citationApa({ ...base, generado: '2027-01-01T03:00:00Z' });
		expect(c).toContain('(2026)');
		expect(c).toContain('publicada el 31 de diciembre de 2026');
	});
});

describe('citationBibtex', () => {
	it('citationBibtex(real data) is a @misc entry with version, date and url', () => {
		expect(citationBibtex({ ...base, url: 'https://tablero.example/datos' })).toBe(
			[
				'@misc{tablero_cluster_2026_7e3e3b60bca8,',
				'  author = {{Proyecto Tablero Clúster}},',
				'  title = {{Tablero Clúster: iniciativas clúster de Colombia y resultados del SSME por departamento}},',
				'  year = {2026},',
				'  date = {2026-11-24},',
				'  version = {7e3e3b60bca8},',
				'  howpublished = {Conjunto de datos},',
				'  note = {Conjunto de datos. Indicadores: SSME, Red Clúster Colombia — Confecámaras.},',
				'  url = {https://tablero.example/datos}',
				'}'
			].join('\n')
		);
	});
	it('citationBibtex({ muestra: true }) notes synthetic values and omits a missing url', () => {
		const b = citationBibtex({ ...base, muestra: true });
		expect(b).toContain('note = {Conjunto de datos. Datos de demostración: valores sintéticos');
		expect(b).not.toContain('url =');
	});
	it('citationBibtex keeps braces balanced and escapes TeX specials in the version', () => {
		const b = citationBibtex({ ...base, version: 'v_1%' });
		expect(b).toContain('version = {v\\_1\\%}');
		expect(b.startsWith('@misc{tablero_cluster_2026_v1,')).toBe(true);
		let depth = 0;
		for (const ch of b) {
			depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
			expect(depth).toBeGreaterThanOrEqual(0);
		}
		expect(depth).toBe(0);
	});
});

import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '$lib/i18n/locale';
import { FUENTES, LICENCIAS, texto } from './provenance';

afterEach(() => setLocale('es'));

const dane = () => FUENTES.find((f) => f.id === 'divipola')!;

describe('provenance', () => {
	it('writes the LEEME in Spanish as before: table and column names as they are', () => {
		expect(texto(dane().tablas, 'es')).toBe(
			'departamentos (divipola, nombre), y la columna divipola de las demás tablas'
		);
		expect(texto(dane().nombre, 'es')).toBe(
			'DANE — DIVIPOLA (División Político-Administrativa de Colombia)'
		);
		expect(texto(FUENTES.find((f) => f.id === 'catalogo')!.tablas, 'es')).toBe(
			'iniciativas (columna «fuente»: URL por fila), iniciativa_departamentos'
		);
		expect(LICENCIAS[3]!.licencia.es).toBe('Natural Earth, dominio público.');
	});

	it('speaks English on an English page; Spanish titles and table names stay', () => {
		setLocale('en');
		expect(texto(dane().tablas, 'en')).toBe(
			'departamentos (divipola, nombre), and the divipola column of the other tables'
		);
		expect(texto(dane().nombre, 'en')).toBe(
			'DANE — DIVIPOLA (División Político-Administrativa de Colombia)'
		);
		expect(dane().aporta()).toBe('Official codes and names of the 32 departments and Bogotá, D.C.');
		expect(LICENCIAS.map((l) => l.que())).toEqual([
			'Code of the dashboard',
			'Compiled data and derived tables published here',
			'Values of the indicators',
			'Department boundaries'
		]);
	});

	it('has a unique id and a link or none for every source', () => {
		expect(new Set(FUENTES.map((f) => f.id)).size).toBe(FUENTES.length);
		for (const f of FUENTES) expect(f.url === null || f.url.startsWith('https://')).toBe(true);
	});
});

import { afterEach, describe, expect, it } from 'vitest';
import { localeOfPath, localize, pathIn, routePath, setLocale, absoluteBase } from './locale';
import { msg, plural } from './message';

afterEach(() => setLocale('es', ''));

describe('msg', () => {
	const hello = msg('Hola', 'Hello');
	const count = msg(
		(n: number) => plural(n, '1 iniciativa', `${n} iniciativas`),
		(n: number) => plural(n, '1 initiative', `${n} initiatives`)
	);

	it('speaks the page language, Spanish by default', () => {
		expect(hello()).toBe('Hola');
		setLocale('en');
		expect(hello()).toBe('Hello');
		expect(hello.es).toBe('Hola');
	});

	it('interpolates and picks the plural form', () => {
		expect(count(1)).toBe('1 iniciativa');
		expect(count(3)).toBe('3 iniciativas');
		setLocale('en');
		expect(count(0)).toBe('0 initiatives');
		expect(count(1)).toBe('1 initiative');
	});
});

describe('locale paths', () => {
	it('reads the language from the path, under a base path too', () => {
		expect(localeOfPath('/')).toBe('es');
		expect(localeOfPath('/en')).toBe('en');
		expect(localeOfPath('/en/evolucion')).toBe('en');
		expect(localeOfPath('/entidades')).toBe('es');
		expect(localeOfPath('/tablero/en/datos', '/tablero')).toBe('en');
		expect(localeOfPath('/tablero/datos', '/tablero')).toBe('es');
	});

	it('maps a route path to each language and back', () => {
		expect(pathIn('/', 'en')).toBe('/en');
		expect(pathIn('/?modo=cambio', 'en')).toBe('/en?modo=cambio');
		expect(pathIn('/evolucion', 'en')).toBe('/en/evolucion');
		expect(pathIn('/en/evolucion', 'es')).toBe('/evolucion');
		expect(pathIn('/en/evolucion', 'en')).toBe('/en/evolucion');
		expect(routePath('/en')).toBe('/');
		expect(routePath('/en/embed/mapa')).toBe('/embed/mapa');
	});

	it('localizes links from resolve(), relative ones included', () => {
		setLocale('en', '..');
		expect(localize('../evolucion')).toBe('../en/evolucion');
		expect(localize('..')).toBe('../en');
		expect(localize('../evolucion', 'es')).toBe('../evolucion');
		setLocale('en', '');
		expect(localize('/iniciativas/ANT-01')).toBe('/en/iniciativas/ANT-01');
		expect(localize('/')).toBe('/en');
	});

	it('turns a relative base into the absolute one', () => {
		const url = new URL('http://x/tablero/en/evolucion');
		expect(absoluteBase('..', url)).toBe('/tablero');
		expect(absoluteBase('', url)).toBe('');
		expect(absoluteBase('/tablero', url)).toBe('/tablero');
		expect(absoluteBase('.', new URL('http://x/evolucion'))).toBe('');
	});
});

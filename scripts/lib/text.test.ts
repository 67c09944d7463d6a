import { describe, expect, it } from 'vitest';
import { DepartmentResolver, SectorResolver } from './resolve.ts';
import { looseKey, normalizeKey } from './text.ts';

describe('normalizeKey', () => {
	it('normalizeKey ignores case, accents and surrounding spaces', () => {
		expect(normalizeKey('  Año Inicio ')).toBe('ano inicio');
		expect(normalizeKey('INICIATIVA_ID')).toBe('iniciativa_id');
	});
	it('looseKey also ignores punctuation', () => {
		expect(looseKey('Bogotá, D. C.')).toBe(looseKey('bogota dc'.replace('dc', 'd c')));
	});
});

const depts = [
	{ divipola: '05', nombre: 'Antioquia', nombre_corto: 'Antioquia', variantes: [] },
	{ divipola: '11', nombre: 'Bogotá, D.C.', nombre_corto: 'Bogotá', variantes: ['Bogota D.C.'] },
	{
		divipola: '54',
		nombre: 'Norte de Santander',
		nombre_corto: 'Norte de Santander',
		variantes: ['N. de Santander']
	},
	{
		divipola: '76',
		nombre: 'Valle del Cauca',
		nombre_corto: 'Valle del Cauca',
		variantes: ['Valle']
	}
].map((d) => ({ ...d, iso_3166_2: null, capital: null, lat: null, lon: null }));

describe('DepartmentResolver', () => {
	const r = new DepartmentResolver(depts);
	it.each([
		['05', { id: '05', exact: true }],
		['Antioquia', { id: '05', exact: true }],
		['5', { id: '05', exact: false, padded: true }],
		['Bogota D.C.', { id: '11', exact: false }],
		['BOGOTA', { id: '11', exact: false }],
		['bogotá d c', { id: '11', exact: false }],
		['Valle', { id: '76', exact: false }],
		['N. de Santander', { id: '54', exact: false }],
		['n de santander', { id: '54', exact: false }]
	])('resolve(%j)', (text, expected) => expect(r.resolve(text)).toEqual(expected));
	it.each(['Narnia', '99', '7'])('resolve(%j) is unknown', (text) =>
		expect(r.resolve(text)).toBeNull()
	);
});

describe('SectorResolver', () => {
	const r = new SectorResolver([
		{ sector_id: 'tic', nombre: 'Software y TIC', nombre_en: null, variantes: ['Software'] }
	]);
	it('resolves id, name and variants', () => {
		expect(r.resolve('tic')?.id).toBe('tic');
		expect(r.resolve('software y tic')?.id).toBe('tic');
		expect(r.resolve('SOFTWARE')?.id).toBe('tic');
		expect(r.resolve('Aeroespacial')).toBeNull();
	});
});

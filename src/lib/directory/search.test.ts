import { describe, expect, it } from 'vitest';
import { searchIndex, type SearchDoc } from './search';

const docs: SearchDoc[] = [
	{
		id: 0,
		nombre: 'Clúster de Café del Huila',
		lugar: 'Neiva Huila',
		sector: 'Café',
		codigo: 'HUI-01'
	},
	{
		id: 1,
		nombre: 'Cacao del Huila',
		lugar: 'Neiva Huila',
		sector: 'Agroindustria',
		codigo: 'HUI-02'
	},
	{
		id: 2,
		nombre: 'Clúster de Café de Caldas',
		lugar: 'Manizales Caldas',
		sector: 'Café',
		codigo: 'CAL-01'
	},
	{
		id: 3,
		nombre: 'Construcción Sostenible',
		lugar: 'Medellín Antioquia',
		sector: 'Construcción',
		codigo: 'ANT-01'
	},
	{ id: 4, nombre: 'Software y TI', lugar: 'Bogotá Bogotá, D. C.', sector: 'TIC', codigo: 'BOG-01' }
];
const search = searchIndex(docs);

describe('searchIndex(docs)', () => {
	it('"cafe huila" and "huila café" find the Huila coffee cluster first, and only it', () => {
		expect(search('cafe huila')).toEqual([0]);
		expect(search('huila café')).toEqual([0]);
	});

	it('ignores accents and case in the query and in the text', () => {
		expect(search('CAFÉ')).toEqual(expect.arrayContaining([0, 2]));
		expect(search('construccion')).toEqual([3]);
		expect(search('BOGOTA')).toEqual([4]);
	});

	it('matches word prefixes', () => {
		expect(search('cons sost')).toEqual([3]);
		expect(search('manizal')).toEqual([2]);
	});

	it('forgives a small typo in longer words, not in short ones', () => {
		expect(search('cafe huilla')).toEqual([0]);
		expect(search('sofware')).toEqual([4]);
		expect(search('cafe caldaz')).toEqual([2]);
		// Four letters or fewer must match exactly (or as a prefix): "cefe" is not "cafe".
		expect(search('cefe')).toEqual([]);
	});

	it('ranks a name match above a match in place or sector only', () => {
		// "cacao" is in the name of 1; "huila" is in both 0 and 1 places; both match "huila".
		const r = search('huila');
		expect(r).toEqual(expect.arrayContaining([0, 1]));
		expect(search('huila cacao')[0]).toBe(1);
	});

	it('an empty or blank query matches nothing (the caller shows everything)', () => {
		expect(search('   ')).toEqual([]);
	});
});

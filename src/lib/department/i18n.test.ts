import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '$lib/i18n/locale';
import { madurez } from '$lib/test-fixtures';
import { levelText } from './catalog';
import { rankText } from './rank-text';

afterEach(() => setLocale('es'));

describe('rankText in English', () => {
	it('rankText(rank) uses English ordinals and pluralizes «departments»', () => {
		setLocale('en');
		expect(rankText({ rank: 1, tiedWith: 0, of: 1 })).toBe('1st of 1 department with data');
		expect(rankText({ rank: 2, tiedWith: 1, of: 24 })).toBe(
			'2nd of 24 departments with data (tied with 1 department)'
		);
		expect(rankText({ rank: 3, tiedWith: 2, of: 17 })).toBe(
			'3rd of 17 departments with data (tied with 2 departments)'
		);
		expect(rankText(null)).toBe('no data');
	});
	it('rankText(rank) says 4th, 11th–13th, 21st–23rd and 111th', () => {
		setLocale('en');
		const ord = (rank: number) => rankText({ rank, tiedWith: 0, of: 200 }).split(' ')[0];
		expect([4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ord)).toEqual([
			'4th',
			'11th',
			'12th',
			'13th',
			'21st',
			'22nd',
			'23rd',
			'101st',
			'111th',
			'112th'
		]);
	});
	it('rankText(rank) keeps the Spanish wording on Spanish pages', () => {
		expect(rankText({ rank: 5, tiedWith: 1, of: 17 })).toBe(
			'5.º de 17 departamentos con datos (empatado con 1 departamento)'
		);
	});
});

describe('levelText', () => {
	it('levelText(ind, position) is the level label in the page language', () => {
		const ind = { ...madurez, etiquetasNiveles: ['exploration', 'intermediate', 'consolidation'] };
		expect(levelText(ind, 2)).toBe('intermediate');
		setLocale('en');
		expect(levelText(ind, 9)).toBe('level 9');
		setLocale('es');
		expect(levelText(ind, 9)).toBe('nivel 9');
	});
});

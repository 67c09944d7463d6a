import { describe, expect, it } from 'vitest';
import { describeChange } from './describe';
import { changeRow, changeWords } from './test-fixtures';

const words = changeWords;
const row = changeRow();

describe('describeChange', () => {
	it('says the change, both values, the rank and the panel size', () => {
		expect(describeChange(words(), row, 3, 12)).toEqual([
			'Cambio de Empresas vinculadas entre SSME 2022 y SSME 2024: −20',
			'De 100 a 80',
			'Puesto 3 de 12',
			'4 iniciativas reportaron en ambas ediciones'
		]);
	});

	it('says % change and, for all initiatives, how many reported in each edition', () => {
		const lines = describeChange(words({ medida: 'pct', cohorte: 'todas' }), row, 1, 2);
		expect(lines[0]).toBe('Cambio de Empresas vinculadas entre SSME 2022 y SSME 2024: −20 %');
		expect(lines.at(-1)).toBe('Iniciativas que reportan: 4 en SSME 2022, 4 en SSME 2024');
	});

	it('says why a department has no change', () => {
		expect(describeChange(words(), undefined, undefined, 0)).toEqual([
			'Sin datos: ninguna iniciativa de este departamento reportó en SSME 2022 y en SSME 2024.'
		]);
		const one = { ...row, desde: null, cambio: null, cambio_pct: null };
		expect(describeChange(words({ cohorte: 'todas' }), one, undefined, 5).slice(0, 2)).toEqual([
			'Cambio de Empresas vinculadas entre SSME 2022 y SSME 2024: sin datos',
			'sin datos en SSME 2022; 80 en SSME 2024'
		]);
	});
});

import { describe, expect, it } from 'vitest';
import { levelLabel } from './level-label';

describe('levelLabel', () => {
	const ind = {
		niveles: ['exploración', 'intermedio'],
		etiquetasNiveles: ['Exploration', 'Intermediate']
	};
	it('labels a level by its position, and leaves unknown values as they are', () => {
		expect(levelLabel(ind, 'intermedio')).toBe('Intermediate');
		expect(levelLabel(ind, 'otro')).toBe('otro');
	});
});

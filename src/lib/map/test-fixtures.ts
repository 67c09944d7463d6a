import { indicator } from '$lib/test-fixtures';
import type { ChangeWords } from './describe';

/** Shared by this folder's unit tests: what a change-mode description is made of. */
export const changeWords = (patch: Partial<ChangeWords> = {}): ChangeWords => ({
	ind: indicator(),
	medida: 'abs',
	desde: 'SSME 2022',
	hasta: 'SSME 2024',
	cohorte: 'panel',
	level: null,
	...patch
});

/** A department's change from 100 to 80, reported by 4 initiatives then by `n_hasta`. */
export const changeRow = (n_hasta = 4) => ({
	divipola: '05',
	desde: 100,
	hasta: 80,
	cambio: -20,
	cambio_pct: -20,
	n_desde: 4,
	n_hasta
});

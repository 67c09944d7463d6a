import type { EvolutionData } from '$lib/data/evolution-data';
import type { EvolutionFilter } from '$lib/data/queries/evolution';
import { indicator } from '../test-fixtures';

/** Shared by this folder's unit tests: a summed indicator, two departments, two editions. */
export const empleos = indicator({ codigo: 'empleos' });
export const empleosFilter: EvolutionFilter = {
	indicador: 'empleos',
	desglose: 'departamentos',
	deptos: ['11', '05'],
	iniciativa: null,
	ediciones: [1, 2],
	cohorte: 'panel'
};
export const evolutionData = (patch: Partial<EvolutionData>): EvolutionData => ({
	kind: 'valores',
	valores: [],
	niveles: [],
	iniciativa: null,
	falta: null,
	...patch
});

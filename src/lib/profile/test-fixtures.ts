import { madurez } from '$lib/test-fixtures';
import type { InitiativeProfile } from './profile';

const pts = (ys: (number | null)[], n: number | null = null) =>
	ys.map((y, i) => ({ x: `SSME ${2016 + 2 * i}`, y, edicion: i + 1, n }));

/**
 * Shared by this folder's unit tests: one initiative compared with its sector on the maturity
 * indicator over two editions (the second without the initiative's value).
 */
export function profileFixture(
	measure: InitiativeProfile['comparaciones'][number]['measure'],
	sectorLabel: string
): InitiativeProfile {
	return {
		iniciativa: {
			iniciativa_id: 'ic-1',
			nombre: 'Clúster de Café',
			divipola: '05',
			sector_id: 'agro'
		} as InitiativeProfile['iniciativa'],
		adicionales: [],
		madurez: [],
		comparaciones: [
			{
				indicador: madurez.codigo,
				measure,
				series: [
					{ key: 'iniciativa', label: 'Clúster de Café', points: pts([2, null]) },
					{ key: 'sector', label: sectorLabel, points: pts([1, 3], 4) }
				]
			}
		]
	};
}

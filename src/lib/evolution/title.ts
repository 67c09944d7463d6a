import type { EvolutionData } from '$lib/data/evolution-data';
import type { EvolutionFilter } from '$lib/data/queries/evolution';
import type { Catalog, Indicador } from '$lib/data/types';
import * as m from '$lib/i18n/messages/evolution';
import { editionsContiguous, selectedEditions } from './series';

/** The breakdown in words, as titles say it ("por sector", or the initiative's name). */
export function breakdownText(f: EvolutionFilter, data: EvolutionData): string {
	return {
		nacional: m.titleNational,
		sector: m.titleSector,
		departamentos: m.titleDepartments,
		iniciativa: () => data.iniciativa?.nombre ?? m.titleInitiative()
	}[f.desglose]();
}

/** The selected editions in words: a run as "SSME 2016–SSME 2022", else a comma list. */
export function editionsText(cat: Catalog, f: EvolutionFilter): string {
	const eds = selectedEditions(cat, f);
	return eds.length > 2 && editionsContiguous(cat, eds)
		? `${eds[0]!.etiqueta}–${eds.at(-1)!.etiqueta}`
		: eds.map((e) => e.etiqueta).join(', ');
}

/** The title of an /evolucion view, shared by the page, its embed and its exports. */
export function evolutionTitle(
	cat: Catalog,
	ind: Indicador,
	f: EvolutionFilter,
	data: EvolutionData
): string {
	return `${ind.nombre}, ${breakdownText(f, data)} · ${editionsText(cat, f)}${
		f.cohorte === 'panel' ? m.titlePanel() : ''
	}`;
}

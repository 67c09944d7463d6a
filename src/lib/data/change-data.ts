import * as m from '../i18n/messages/data';
import { catalogOf } from './catalog';
import { indicatorType } from '../indicators/registry';
import {
	changeFrom,
	type ChangeData,
	type InitiativeUnit,
	type InitiativeValue
} from '$lib/map/change-aggregate';
import type { MapData } from './map-data';
import { initiativeUnits, type ChangeFilter } from './queries/change';
import { editionValues } from './queries/department-initiatives';
import type { Catalog, Source } from './types';
import type { MapState } from './url-state';

/** What change mode asks for: the URL's choices, editions and level possibly automatic (null). */
export type ChangeRequest = Pick<
	MapState,
	'indicador' | 'sector' | 'desde' | 'hasta' | 'cohorte' | 'nivel'
>;

/** A change view's rows with the filter they answer (editions and level resolved). */
export interface ChangeResult extends ChangeData {
	filter: ChangeFilter;
}

export const changeRequestOf = (s: MapState): ChangeRequest => ({
	indicador: s.indicador,
	sector: s.sector,
	desde: s.desde,
	hasta: s.hasta,
	cohorte: s.cohorte,
	nivel: s.nivel
});

export const changeKey = (r: ChangeRequest): string =>
	[r.indicador, r.sector, r.desde, r.hasta, r.cohorte, r.nivel].join('|');

/**
 * The editions and level a request means: «hasta» defaults to the latest edition, «desde» to
 * the latest earlier edition in which the indicator has reports (in the sector), the level to
 * the highest.
 */
export function resolveChange(
	r: ChangeRequest,
	cat: Catalog,
	all: Map<string, MapData>
): ChangeFilter {
	const eds = cat.ediciones.map((e) => e.edicion).sort((a, b) => a - b);
	const hasta = r.hasta ?? eds[eds.length - 1] ?? 0;
	const earlier = eds.filter((e) => e < hasta);
	const reported = (e: number) => (all.get(`${e}|${r.sector}`)?.national?.n_reportan ?? 0) > 0;
	const desde = r.desde ?? earlier.filter(reported).pop() ?? earlier.pop() ?? hasta;
	const ind = catalogOf(cat).indicator(r.indicador);
	const k = ind?.niveles.length ?? 0;
	const nivel = ind && indicatorType(ind.tipo).levels ? (r.nivel ?? k) : null;
	return { indicador: r.indicador, sector: r.sector, desde, hasta, cohorte: r.cohorte, nivel };
}

/**
 * Answers a change request: from the indicator's published aggregates (`todas`: in memory once
 * the indicator is read, so answered in the same tick) or from two scans of `resultados` (only
 * the indicator × edition row groups) joined to every initiative's department (`panel`).
 */
export function changeLoader(source: Source, cat: Catalog) {
	let units: Promise<InitiativeUnit[]> | null = null;
	const readUnits = () => {
		units ??= source.scan<InitiativeUnit>(initiativeUnits);
		units.catch(() => (units = null)); // a failure is retried on the next request
		return units;
	};
	return (r: ChangeRequest, all: Map<string, MapData>): ChangeResult | Promise<ChangeResult> => {
		const f = resolveChange(r, cat, all);
		const ind = catalogOf(cat).indicator(f.indicador);
		if (!ind) throw new Error(m.unknownIndicator(f.indicador));
		if (f.cohorte === 'todas') return { filter: f, ...changeFrom(f, ind, { all }) };
		return Promise.all([
			source.scan<InitiativeValue>(editionValues(f.indicador, f.desde)),
			source.scan<InitiativeValue>(editionValues(f.indicador, f.hasta)),
			readUnits()
		]).then(([desde, hasta, units]) => ({
			filter: f,
			...changeFrom(f, ind, { all, panel: { desde, hasta, units } })
		}));
	};
}

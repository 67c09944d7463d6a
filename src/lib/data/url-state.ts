import { catalogOf } from './catalog';
import { readParams, summarizeNotices } from './url-params';
import type { Catalog } from './types';

/** Everything the map view's controls decide; it lives in the query string. */
export interface MapState {
	indicador: string;
	edicion: number;
	sector: string;
	depto: string | null;
}

/** Parameter names that older links used, mapped to today's (links must keep working). */
export const LEGACY_PARAMS: Record<string, keyof MapState> = {
	ind: 'indicador',
	indicator: 'indicador',
	ed: 'edicion',
	edition: 'edicion',
	anio: 'edicion',
	sec: 'sector',
	departamento: 'depto',
	dpto: 'depto'
};

const KNOWN = new Set<string>(['indicador', 'edicion', 'sector', 'depto']);
const MAX_LEN = 80;
export { MAX_NOTICES } from './url-params';

/** The view a bare URL shows: the dictionary's first indicator, the latest edition, all sectors. */
export function defaultState(cat: Catalog): MapState {
	const latest = cat.ediciones.reduce((a, e) => Math.max(a, e.edicion), 0);
	return { indicador: cat.indicadores[0]?.codigo ?? '', edicion: latest, sector: '*', depto: null };
}

/**
 * Reads the map state from a query string. Unknown, repeated or malformed parameters never break
 * the page: they fall back to defaults and each produces a notice in Spanish for the banner.
 */
export function parseMapState(
	params: URLSearchParams,
	cat: Catalog
): { state: MapState; notices: string[] } {
	const state = defaultState(cat);
	const notices: string[] = [];
	const rules = { known: KNOWN, legacy: LEGACY_PARAMS, maxLength: MAX_LEN };
	for (const { key, value, bad } of readParams(params, rules, notices)) {
		if (key === 'indicador') {
			if (cat.indicadores.some((i) => i.codigo === value)) state.indicador = value;
			else bad();
		} else if (key === 'edicion') {
			const n = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
			const ed = catalogOf(cat).editionOrYear(n);
			if (ed) state.edicion = ed.edicion;
			else bad();
		} else if (key === 'sector') {
			if (value === '*' || value === '' || cat.sectores.some((s) => s.sector_id === value))
				state.sector = value || '*';
			else bad();
		} else if (key === 'depto') {
			const code = /^\d{1,2}$/.test(value) ? value.padStart(2, '0') : value;
			if (cat.departamentos.some((d) => d.divipola === code)) state.depto = code;
			else bad();
		}
	}
	return { state, notices: summarizeNotices(notices) };
}

/** The query string for a state: only what differs from the defaults, in a stable order. */
export function serializeMapState(state: MapState, cat: Catalog): string {
	const def = defaultState(cat);
	const p = new URLSearchParams();
	if (state.indicador !== def.indicador) p.set('indicador', state.indicador);
	if (state.edicion !== def.edicion) p.set('edicion', String(state.edicion));
	if (state.sector !== def.sector) p.set('sector', state.sector);
	if (state.depto) p.set('depto', state.depto);
	const s = p.toString();
	return s ? `?${s}` : '';
}

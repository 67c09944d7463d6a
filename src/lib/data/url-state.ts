import * as m from '../i18n/messages/data';
import { catalogOf } from './catalog';
import { readParams, summarizeNotices } from './url-params';
import type { Catalog } from './types';

/** What the map colours by: each edition's value, or the change between two editions. */
export type Modo = 'valor' | 'cambio';
/** Absolute change (in the indicator's unit, or percentage points) or % of the «desde» value. */
export type Medida = 'abs' | 'pct';
/** `panel`: only initiatives that reported in both editions; `todas`: each edition's aggregate. */
export type Cohorte = 'panel' | 'todas';

/** Everything the map view's controls decide; it lives in the query string. */
export interface MapState {
	indicador: string;
	edicion: number;
	sector: string;
	depto: string | null;
	modo: Modo;
	/** Editions compared in change mode; null = automatic (previous edition with data, latest). */
	desde: number | null;
	hasta: number | null;
	cambio: Medida;
	cohorte: Cohorte;
	/** Category level (1-based) whose share changes; null = the highest level. */
	nivel: number | null;
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

const KNOWN = new Set<string>([
	'indicador',
	'edicion',
	'sector',
	'depto',
	'modo',
	'desde',
	'hasta',
	'cambio',
	'cohorte',
	'nivel'
]);
const MAX_LEN = 80;
export { MAX_NOTICES } from './url-params';

/** The view a bare URL shows: the dictionary's first indicator, the latest edition, all sectors. */
export function defaultState(cat: Catalog): MapState {
	const latest = cat.ediciones.reduce((a, e) => Math.max(a, e.edicion), 0);
	return {
		indicador: cat.indicadores[0]?.codigo ?? '',
		edicion: latest,
		sector: '*',
		depto: null,
		...CHANGE_DEFAULTS
	};
}

/** The change controls' defaults (omitted from the URL, so old links read as before). */
export const CHANGE_DEFAULTS = {
	modo: 'valor',
	desde: null,
	hasta: null,
	cambio: 'abs',
	cohorte: 'panel',
	nivel: null
} as const satisfies Partial<MapState>;

/** An edition by its number or its fieldwork year (`2019`). */
function editionOf(cat: Catalog, value: string): number | null {
	const n = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
	return catalogOf(cat).editionOrYear(n)?.edicion ?? null;
}

/**
 * Reads the map state from a query string. Unknown, repeated or malformed parameters never break
 * the page: they fall back to defaults and each produces a notice in the page's language for the banner.
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
		} else if (key === 'edicion' || key === 'desde' || key === 'hasta') {
			const ed = editionOf(cat, value);
			if (ed !== null) state[key] = ed;
			else bad();
		} else if (key === 'modo') {
			if (value === 'valor' || value === 'cambio') state.modo = value;
			else bad();
		} else if (key === 'cambio') {
			if (value === 'abs' || value === 'pct') state.cambio = value;
			else bad();
		} else if (key === 'cohorte') {
			if (value === 'panel' || value === 'todas') state.cohorte = value;
			else bad();
		} else if (key === 'nivel') {
			// Checked against the indicator's levels once every parameter is read (order-free).
			if (/^\d{1,2}$/.test(value) && Number(value) >= 1) state.nivel = Number(value);
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
	const levels = catalogOf(cat).indicator(state.indicador)?.niveles.length ?? 0;
	if (state.nivel !== null && state.nivel > levels) {
		notices.push(m.paramInvalid(String(state.nivel), 'nivel'));
		state.nivel = null;
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
	// Change mode's controls only mean something in change mode: a value view's link stays short.
	if (state.modo === 'cambio') {
		p.set('modo', 'cambio');
		if (state.desde !== null) p.set('desde', String(state.desde));
		if (state.hasta !== null) p.set('hasta', String(state.hasta));
		if (state.cambio !== CHANGE_DEFAULTS.cambio) p.set('cambio', state.cambio);
		if (state.cohorte !== CHANGE_DEFAULTS.cohorte) p.set('cohorte', state.cohorte);
		if (state.nivel !== null) p.set('nivel', String(state.nivel));
	}
	const s = p.toString();
	return s ? `?${s}` : '';
}

import { formatInteger } from '../format/number';
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
/** Notices shown for one URL; a link with thousands of bad parameters gets a summary line. */
export const MAX_NOTICES = 8;

/** The view a bare URL shows: the dictionary's first indicator, the latest edition, all sectors. */
export function defaultState(cat: Catalog): MapState {
	const latest = cat.ediciones.reduce((a, e) => Math.max(a, e.edicion), 0);
	return { indicador: cat.indicadores[0]?.codigo ?? '', edicion: latest, sector: '*', depto: null };
}

function short(v: string): string {
	return v.length > 40 ? `${v.slice(0, 40)}…` : v;
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
	const seen = new Set<string>();
	for (const [rawKey, rawValue] of params) {
		const key = LEGACY_PARAMS[rawKey] ?? rawKey;
		const value = rawValue.trim();
		if (!KNOWN.has(key)) {
			notices.push(`Se ignoró el parámetro desconocido «${short(rawKey)}».`);
			continue;
		}
		if (seen.has(key)) {
			notices.push(`El parámetro «${key}» aparece más de una vez; se usó el primero.`);
			continue;
		}
		seen.add(key);
		if (value.length > MAX_LEN) {
			notices.push(`El valor de «${key}» es demasiado largo; se usó el predeterminado.`);
			continue;
		}
		const bad = () =>
			notices.push(
				`«${short(value)}» no es un valor válido de «${key}»; se usó el predeterminado.`
			);
		if (key === 'indicador') {
			if (cat.indicadores.some((i) => i.codigo === value)) state.indicador = value;
			else bad();
		} else if (key === 'edicion') {
			const n = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
			const ed =
				cat.ediciones.find((e) => e.edicion === n) ?? cat.ediciones.find((e) => e.anio_campo === n);
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
	return { state, notices: summarize(notices) };
}

/** Drops repeated notices and keeps the first MAX_NOTICES, counting the rest in one line. */
function summarize(notices: string[]): string[] {
	const unique = [...new Set(notices)];
	if (unique.length <= MAX_NOTICES) return unique;
	const rest = unique.length - MAX_NOTICES + 1;
	return [
		...unique.slice(0, MAX_NOTICES - 1),
		`… y ${formatInteger(rest)} avisos más sobre parámetros de la dirección.`
	];
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

import { catalogOf } from '$lib/data/catalog';
import type { Catalog, Indicador } from '$lib/data/types';
import { readParams, summarizeNotices } from '$lib/data/url-params';
import { fold } from './fold';

export type SortKey = 'nombre' | 'departamento' | 'sector' | 'ingreso' | 'madurez';
export const SORT_KEYS: SortKey[] = ['nombre', 'departamento', 'sector', 'ingreso', 'madurez'];

/** Everything the directory's controls decide; it lives in the query string. */
export interface DirectoryState {
	/** Search text as typed (matching trims and folds it). */
	q: string;
	depto: string | null;
	sector: string | null;
	/** Edition the initiative reported in (and whose maturity `madurez` filters). */
	edicion: number | null;
	/** Maturity level position (1 = lowest) in `edicion`, or in the latest reported one. */
	madurez: number | null;
	/** Year the initiative joined the Red Clúster. */
	ingreso: number | null;
	orden: SortKey;
	desc: boolean;
	pagina: number;
}

export const LEGACY_DIRECTORY_PARAMS: Record<string, string> = {
	buscar: 'q',
	texto: 'q',
	departamento: 'depto',
	dpto: 'depto',
	sec: 'sector',
	ed: 'edicion',
	edition: 'edicion',
	nivel: 'madurez',
	anio_ingreso: 'ingreso',
	ingreso_red: 'ingreso',
	sort: 'orden',
	page: 'pagina'
};

const KNOWN = new Set(['q', 'depto', 'sector', 'edicion', 'madurez', 'ingreso', 'orden', 'pagina']);
const MAX_LEN = 100;

export function defaultDirectoryState(): DirectoryState {
	return {
		q: '',
		depto: null,
		sector: null,
		edicion: null,
		madurez: null,
		ingreso: null,
		orden: 'nombre',
		desc: false,
		pagina: 1
	};
}

/** The dictionary's maturity indicator (a category of the `madurez` dimension), if any. */
export function maturityIndicator(cat: Catalog): Indicador | undefined {
	return catalogOf(cat).maturity();
}

/**
 * Reads the directory state from a query string, like the map's `parseMapState`: unknown,
 * repeated, malformed or oversized parameters fall back to defaults, each with a Spanish notice.
 */
export function parseDirectoryState(
	params: URLSearchParams,
	cat: Catalog
): { state: DirectoryState; notices: string[] } {
	const state = defaultDirectoryState();
	const notices: string[] = [];
	const levels = maturityIndicator(cat)?.niveles ?? [];
	const rules = { known: KNOWN, legacy: LEGACY_DIRECTORY_PARAMS, maxLength: MAX_LEN };
	for (const { key, raw, value, bad } of readParams(params, rules, notices)) {
		if (key === 'q') {
			state.q = raw;
		} else if (value === '' || value === '*') {
			// An empty filter means "all", as the controls write it.
			continue;
		} else if (key === 'depto') {
			const code = /^\d{1,2}$/.test(value) ? value.padStart(2, '0') : value;
			if (cat.departamentos.some((d) => d.divipola === code)) state.depto = code;
			else bad();
		} else if (key === 'sector') {
			if (cat.sectores.some((s) => s.sector_id === value)) state.sector = value;
			else bad();
		} else if (key === 'edicion') {
			const n = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
			const ed = catalogOf(cat).editionOrYear(n);
			if (ed) state.edicion = ed.edicion;
			else bad();
		} else if (key === 'madurez') {
			const n = /^\d{1,2}$/.test(value) ? Number(value) : levels.map(fold).indexOf(fold(value)) + 1;
			if (n >= 1 && n <= levels.length) state.madurez = n;
			else bad();
		} else if (key === 'ingreso') {
			const n = /^\d{4}$/.test(value) ? Number(value) : NaN;
			if (n >= 1990 && n <= 2100) state.ingreso = n;
			else bad();
		} else if (key === 'orden') {
			const desc = value.startsWith('-');
			const k = (desc ? value.slice(1) : value) as SortKey;
			if (SORT_KEYS.includes(k)) Object.assign(state, { orden: k, desc });
			else bad();
		} else if (key === 'pagina') {
			const n = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
			if (n >= 1) state.pagina = n;
			else bad();
		}
	}
	return { state, notices: summarizeNotices(notices) };
}

/** The query string for a state: only what differs from the defaults, in a stable order. */
export function serializeDirectoryState(s: DirectoryState, cat: Catalog): string {
	const p = new URLSearchParams();
	if (s.q.trim()) p.set('q', s.q);
	if (s.depto) p.set('depto', s.depto);
	if (s.sector) p.set('sector', s.sector);
	if (s.edicion !== null) p.set('edicion', String(s.edicion));
	if (s.madurez !== null) {
		const name = maturityIndicator(cat)?.niveles[s.madurez - 1];
		p.set('madurez', name ? fold(name) : String(s.madurez));
	}
	if (s.ingreso !== null) p.set('ingreso', String(s.ingreso));
	if (s.orden !== 'nombre' || s.desc) p.set('orden', `${s.desc ? '-' : ''}${s.orden}`);
	if (s.pagina > 1) p.set('pagina', String(s.pagina));
	const str = p.toString();
	return str ? `?${str}` : '';
}

import * as m from '../i18n/messages/data';
import { indicatorType } from '../indicators/registry';
import { catalogOf } from './catalog';
import type { Cohorte, Desglose, EvolutionFilter } from './queries/evolution';
import type { Catalog } from './types';
import { readParams, short, summarizeNotices } from './url-params';

/** Everything /evolucion's controls decide; it lives in the query string. */
export interface EvolutionState {
	indicador: string;
	desglose: Desglose;
	/** DIVIPOLA codes, in the order they were added (that order gives the colours). */
	deptos: string[];
	iniciativa: string | null;
	/** Selected editions, ascending. */
	ediciones: number[];
	cohorte: Cohorte;
}

/** More lines than this stop being readable (and the colour-blind-safe palette runs out). */
export const MAX_DEPTOS = 7;

/** Parameter names that older or sibling links use (the map's `depto`), mapped to today's. */
export const LEGACY_EVOLUTION_PARAMS: Record<string, keyof EvolutionState> = {
	ind: 'indicador',
	indicator: 'indicador',
	por: 'desglose',
	breakdown: 'desglose',
	depto: 'deptos',
	dpto: 'deptos',
	departamentos: 'deptos',
	dptos: 'deptos',
	cohort: 'cohorte',
	ed: 'ediciones',
	edicion: 'ediciones',
	editions: 'ediciones',
	init: 'iniciativa',
	iniciativa_id: 'iniciativa'
};

const DESGLOSES: Record<string, Desglose> = {
	nacional: 'nacional',
	total: 'nacional',
	pais: 'nacional',
	sector: 'sector',
	sectores: 'sector',
	departamentos: 'departamentos',
	departamento: 'departamentos',
	deptos: 'departamentos',
	iniciativa: 'iniciativa'
};

const KNOWN = new Set<string>([
	'indicador',
	'desglose',
	'deptos',
	'iniciativa',
	'ediciones',
	'cohorte'
]);
const MAX_LEN = 80;

/**
 * The indicator a bare /evolucion shows, chosen from the dictionary: the first summed number (a
 * line reads best), else the first non-category, else the first.
 */
export function defaultEvolutionIndicator(cat: Catalog): string {
	const i =
		cat.indicadores.find((x) => indicatorType(x.tipo).quantity && x.agregacion === 'suma') ??
		cat.indicadores.find((x) => !indicatorType(x.tipo).levels) ??
		cat.indicadores[0];
	return i?.codigo ?? '';
}

/** National, every edition, all initiatives reporting in each. */
export function defaultEvolutionState(cat: Catalog): EvolutionState {
	return {
		indicador: defaultEvolutionIndicator(cat),
		desglose: 'nacional',
		deptos: [],
		iniciativa: null,
		ediciones: cat.ediciones.map((e) => e.edicion).sort((a, b) => a - b),
		cohorte: 'todas'
	};
}

/** Editions from `1,3,5`, `2-5`, or field years (`2018,2022`, `2016-2020`); bad tokens reported. */
function parseEditions(value: string, cat: Catalog, bad: (t: string) => void): number[] {
	const byNumber = (n: number) => catalogOf(cat).editionOrYear(n);
	const out = new Set<number>();
	for (const token of value.split(',').map((t) => t.trim())) {
		const range = /^(\d{1,4})-(\d{1,4})$/.exec(token);
		if (range) {
			const a = byNumber(Number(range[1]));
			const b = byNumber(Number(range[2]));
			if (!a || !b) bad(token);
			else
				for (const e of cat.ediciones)
					if (
						e.edicion >= Math.min(a.edicion, b.edicion) &&
						e.edicion <= Math.max(a.edicion, b.edicion)
					)
						out.add(e.edicion);
		} else {
			const e = /^\d{1,4}$/.test(token) ? byNumber(Number(token)) : undefined;
			if (e) out.add(e.edicion);
			else bad(token);
		}
	}
	return [...out].sort((a, b) => a - b);
}

/**
 * Reads /evolucion's state from a query string, following the map's conventions: unknown,
 * repeated, oversized or malformed parameters fall back to defaults, each with a notice in the page's language.
 */
export function parseEvolutionState(
	params: URLSearchParams,
	cat: Catalog
): { state: EvolutionState; notices: string[] } {
	const state = defaultEvolutionState(cat);
	const notices: string[] = [];
	const rules = { known: KNOWN, legacy: LEGACY_EVOLUTION_PARAMS, maxLength: MAX_LEN };
	let breakdownGiven = false;
	for (const { key, value, bad } of readParams(params, rules, notices)) {
		if (key === 'desglose') breakdownGiven = true;
		if (key === 'indicador') {
			if (cat.indicadores.some((i) => i.codigo === value)) state.indicador = value;
			else bad();
		} else if (key === 'desglose') {
			const d = DESGLOSES[value.toLowerCase()];
			if (d) state.desglose = d;
			else bad();
		} else if (key === 'cohorte') {
			if (value === 'todas' || value === 'panel') state.cohorte = value;
			else bad();
		} else if (key === 'iniciativa') {
			if (/^[A-Za-z0-9_-]{1,40}$/.test(value)) state.iniciativa = value;
			else bad();
		} else if (key === 'ediciones') {
			const eds = parseEditions(value, cat, (t) => notices.push(m.paramNotEdition(short(t))));
			if (eds.length) state.ediciones = eds;
			else bad();
		} else if (key === 'deptos') {
			const codes: string[] = [];
			for (const raw of value.split(',').map((t) => t.trim())) {
				const code = /^\d{1,2}$/.test(raw) ? raw.padStart(2, '0') : raw;
				if (!cat.departamentos.some((d) => d.divipola === code))
					notices.push(m.paramNotDepartment(short(raw)));
				else if (!codes.includes(code)) codes.push(code);
			}
			if (codes.length > MAX_DEPTOS) notices.push(m.paramMaxDepartments(MAX_DEPTOS));
			state.deptos = codes.slice(0, MAX_DEPTOS);
		}
	}
	// A link with departments or an initiative but no breakdown means that breakdown.
	if (!breakdownGiven) {
		if (state.deptos.length) state.desglose = 'departamentos';
		else if (state.iniciativa) state.desglose = 'iniciativa';
	}
	return { state, notices: summarizeNotices(notices) };
}

/** `1,2,3,4` → `1-4` (three or more consecutive editions), otherwise a comma list. */
function editionsParam(eds: number[], all: number[]): string {
	const i0 = all.indexOf(eds[0]!);
	const run = eds.length >= 3 && eds.every((e, i) => all[i0 + i] === e);
	return run ? `${eds[0]}-${eds.at(-1)}` : eds.join(',');
}

/** The query string for a state: only what differs from the defaults, in a stable order. */
export function serializeEvolutionState(state: EvolutionState, cat: Catalog): string {
	const def = defaultEvolutionState(cat);
	const parts: [string, string][] = [];
	if (state.indicador !== def.indicador) parts.push(['indicador', state.indicador]);
	if (state.desglose !== def.desglose) parts.push(['desglose', state.desglose]);
	if (state.desglose === 'departamentos' && state.deptos.length)
		parts.push(['deptos', state.deptos.join(',')]);
	if (state.desglose === 'iniciativa' && state.iniciativa)
		parts.push(['iniciativa', state.iniciativa]);
	if (state.cohorte !== def.cohorte) parts.push(['cohorte', state.cohorte]);
	if (state.ediciones.join(',') !== def.ediciones.join(','))
		parts.push(['ediciones', editionsParam(state.ediciones, def.ediciones)]);
	// Commas stay readable (`deptos=05,11`); everything else is percent-encoded.
	const enc = (v: string) => encodeURIComponent(v).replaceAll('%2C', ',');
	const s = parts.map(([k, v]) => `${k}=${enc(v)}`).join('&');
	return s ? `?${s}` : '';
}

/** The query filter a state selects (what is not used by the breakdown is dropped). */
export function evolutionFilter(s: EvolutionState): EvolutionFilter {
	return {
		indicador: s.indicador,
		desglose: s.desglose,
		deptos: s.desglose === 'departamentos' ? s.deptos : [],
		iniciativa: s.desglose === 'iniciativa' ? s.iniciativa : null,
		ediciones: s.ediciones,
		// One initiative is its own cohort: the switch does not apply.
		cohorte: s.desglose === 'iniciativa' ? 'todas' : s.cohorte
	};
}

/** Turns the catalog and the dictionary into one row of values per reporting initiative and edition. */
import type { Edition, Indicator, Initiative } from './inputs.ts';
import {
	clamp,
	drawLatent,
	editionState,
	levelFor,
	MODELS,
	type EditionState,
	type Raw
} from './model.ts';
import { chance, intBetween, streamFor, type Rng } from './prng.ts';

/** A value as written to a file; `null` is a missing answer (an empty cell, never 0). */
export type Cell = number | boolean | string | null;

export interface EditionRows {
	edicion: number;
	/** One entry per reporting initiative; `cells` follows the dictionary order. */
	rows: { id: string; cells: Cell[] }[];
}

/** Share of answers left blank, as in real survey exports. */
export const MISSING_RATE = 0.03;
/** Share of initiatives that stop reporting after some edition. */
export const DROPOUT_RATE = 0.1;

/** First and last positions (0-based, in `editions`) an initiative reports in, or undefined if never. */
export function reportingWindow(
	rng: Rng,
	firstYear: number | undefined,
	editions: readonly Edition[]
): [number, number] | undefined {
	const lastPosition = editions.length - 1;
	let first: number;
	if (firstYear === undefined) {
		// Unknown joining year: most of the public list predates the first SSME.
		first = chance(rng, 0.5) ? 0 : intBetween(rng, 0, lastPosition);
	} else {
		first = editions.findIndex((e) => e.anioCampo >= firstYear);
		if (first < 0) return undefined; // starts after the last edition (e.g. announced for 2026)
	}
	const last =
		first < lastPosition && chance(rng, DROPOUT_RATE)
			? intBetween(rng, first, lastPosition - 1)
			: lastPosition;
	return [first, last];
}

/** Rounds to the unit's usual precision and keeps the value inside the dictionary's range. */
export function finishNumber(indicator: Indicator, x: number): number {
	const decimals = indicator.unidad === 'conteo' ? 0 : indicator.unidad === 'millones USD' ? 2 : 1;
	const factor = 10 ** decimals;
	const rounded = Math.round(x * factor) / factor;
	return clamp(rounded, indicator.minimo ?? -Infinity, indicator.maximo ?? Infinity);
}

function genericRaw(indicator: Indicator, s: EditionState): Raw {
	if (indicator.tipo === 'booleano') return chance(s.rng, s.index / 100);
	if (indicator.tipo === 'categoria') return levelFor(s.index, indicator.niveles);
	const min = indicator.minimo ?? 0;
	const max = indicator.maximo ?? min + 100;
	return min + (max - min) * (s.index / 100);
}

function cellFor(indicator: Indicator, s: EditionState): Cell {
	const model = MODELS[indicator.codigo];
	const raw = model ? model(s, indicator.niveles) : genericRaw(indicator, s);
	if (indicator.tipo === 'booleano') return typeof raw === 'boolean' ? raw : Boolean(raw);
	if (indicator.tipo === 'categoria') return String(raw);
	return finishNumber(indicator, Number(raw));
}

/** Simulates every edition. Each initiative draws from its own seeded stream keyed by its id. */
export function simulate(
	initiatives: readonly Initiative[],
	editions: readonly Edition[],
	indicators: readonly Indicator[],
	seed: number
): EditionRows[] {
	const out: EditionRows[] = editions.map((e) => ({ edicion: e.edicion, rows: [] }));
	const firstAnio = editions[0]?.anioCampo ?? 0;
	for (const initiative of initiatives) {
		const rng = streamFor(seed, initiative.id);
		const window = reportingWindow(rng, initiative.firstYear, editions);
		if (!window) continue;
		const [first, last] = window;
		const joinYear = editions[first]?.anioCampo ?? firstAnio;
		const yearsActive = Math.max(0, joinYear - (Number(initiative.row.anio_inicio) || joinYear));
		const latent = drawLatent(rng, initiative.divipola, yearsActive);
		for (let p = first; p <= last; p++) {
			const state = editionState(rng, latent, initiative.sector, p - first);
			const cells = indicators.map((ind) => {
				const value = cellFor(ind, state);
				return chance(rng, MISSING_RATE) ? null : value;
			});
			out[p]?.rows.push({ id: initiative.id, cells });
		}
	}
	return out;
}

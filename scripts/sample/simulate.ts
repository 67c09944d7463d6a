/** Turns the catalog and the dictionary into one row of values per reporting initiative and edition. */
import type { Edition, Indicator, IndicatorType, Initiative } from './inputs.ts';
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

/**
 * How each indicator type is simulated: a raw draw when no hand-written model exists, and the
 * cell written to the file. Keyed by the registry's type names (TypeScript asks for a new type's
 * entry), since sample generation is not part of the published contract.
 */
const SAMPLE: Record<
	IndicatorType,
	{ raw(i: Indicator, s: EditionState): Raw; cell(i: Indicator, raw: Raw): Cell }
> = {
	numero: {
		raw(indicator, s) {
			const min = indicator.minimo ?? 0;
			const max = indicator.maximo ?? min + 100;
			return min + (max - min) * (s.index / 100);
		},
		cell: (indicator, raw) => finishNumber(indicator, Number(raw))
	},
	booleano: {
		raw: (_indicator, s) => chance(s.rng, s.index / 100),
		cell: (_indicator, raw) => (typeof raw === 'boolean' ? raw : Boolean(raw))
	},
	categoria: {
		raw: (indicator, s) => levelFor(s.index, indicator.niveles),
		cell: (_indicator, raw) => String(raw)
	}
};

function cellFor(indicator: Indicator, s: EditionState): Cell {
	const model = MODELS[indicator.codigo];
	const type = SAMPLE[indicator.tipo];
	const raw = model ? model(s, indicator.niveles) : type.raw(indicator, s);
	return type.cell(indicator, raw);
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

import type { MapValueRow } from '$lib/data/queries/map-values';

export interface RankingRow {
	id: string;
	nombre: string;
	valor: number;
	rank: number;
	/** Bar length in % of the track (0–100). */
	width: number;
	/** Where the bar starts, in % of the track (change bars start at 0, which may be inside). */
	left?: number;
}

export interface Ranking {
	rows: RankingRow[];
	/** Departments without a value, alphabetically. */
	missing: { id: string; nombre: string }[];
}

/**
 * The departments of one view as ranked bars: best first (by `ranks`, ties by name), each bar's
 * length from a linear scale over [min(0, lowest), highest]; departments without a value apart.
 */
export function ranking(
	values: MapValueRow[],
	ranks: Map<string, number>,
	names: Map<string, string>
): Ranking {
	const present = values.filter((v): v is MapValueRow & { valor: number } => v.valor !== null);
	const hi = Math.max(0, ...present.map((v) => v.valor));
	const lo = Math.min(0, ...present.map((v) => v.valor));
	// A linear map to 0–100 %, written out: d3-scale's scaleLinear would bring d3-format and
	// d3-interpolate into the first view (3,7 KB gzip) for this one line (`npm run bench`).
	const span = hi === lo ? 1 : hi - lo;
	const x = (v: number) => Math.min(100, Math.max(0, ((v - lo) / span) * 100));
	const nameOf = (id: string) => names.get(id) ?? id;
	const rows = present
		.map((v) => ({
			id: v.divipola,
			nombre: nameOf(v.divipola),
			valor: v.valor,
			rank: ranks.get(v.divipola) ?? present.length,
			width: x(v.valor)
		}))
		.sort((a, b) => a.rank - b.rank || a.nombre.localeCompare(b.nombre, 'es'));
	const shown = new Set(rows.map((r) => r.id));
	const missing = [...names]
		.filter(([id]) => !shown.has(id))
		.map(([id, nombre]) => ({ id, nombre }))
		.sort((a, b) => a.nombre.localeCompare(b.nombre, 'es'));
	return { rows, missing };
}

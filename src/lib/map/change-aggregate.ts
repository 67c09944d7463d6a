import { indicatorType } from '$lib/indicators/registry';
import { sum } from 'd3-array';
import type { MapData } from '$lib/data/map-data';
import type { ChangeFilter, ChangeRow } from '$lib/data/queries/change';
import type { Indicador } from '$lib/data/types';

/**
 * The map's change view computed in the page from scans, held equal to `changeSql`
 * (`queries/change.ts`) in the unit tests. Everything that depends on the indicator's type lives
 * here, so it can move whole into the indicator-type registry.
 */

type Ind = Pick<Indicador, 'tipo' | 'agregacion' | 'niveles'>;

/** A reported value of one initiative in one edition (`editionValues`). */
export interface InitiativeValue extends Record<string, unknown> {
	iniciativa_id: string;
	valor: number | null;
}

/** An initiative's primary department and sector (`initiativeUnits`). */
export interface InitiativeUnit extends Record<string, unknown> {
	iniciativa_id: string;
	divipola: string | null;
	sector_id: string;
}

/** What `changeFrom` reads: the published aggregates (`todas`) or the initiatives' values (`panel`). */
export interface ChangeInput {
	/** The indicator split per edition and sector (`splitIndicator`). */
	all: Map<string, MapData>;
	/** Panel cohort only: each edition's values and every initiative's department and sector. */
	panel?: { desde: InitiativeValue[]; hasta: InitiativeValue[]; units: InitiativeUnit[] };
}

/** The rows of the view plus, for categories, each department's count per level in each edition. */
export interface ChangeData {
	rows: ChangeRow[];
	levels: Map<string, { desde: number[]; hasta: number[] }>;
}

/**
 * A group's value: the indicator type's point value (`point`, the JS twin of the `pointSql` that
 * the build and `aggregateSql` use; the registry holds the two equal); types with levels give the
 * share (%) of the chosen level.
 */
export function aggregate(ind: Ind, values: number[], nivel: number | null): number | null {
	if (!values.length) return null;
	const type = indicatorType(ind.tipo);
	if (type.levels) return (values.filter((v) => v === nivel).length * 100) / values.length;
	return type.point(ind.agregacion, values);
}

interface Side {
	valor: number | null;
	n: number;
}

/** % change: empty when the baseline is 0 or a side is missing. */
export function percentChange(desde: number | null, hasta: number | null): number | null {
	if (desde === null || hasta === null || desde === 0) return null;
	return ((hasta - desde) / Math.abs(desde)) * 100;
}

function joinSides(d: Map<string, Side>, h: Map<string, Side>): ChangeRow[] {
	const ids = [...new Set([...d.keys(), ...h.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return ids.map((divipola) => {
		const desde = d.get(divipola)?.valor ?? null;
		const hasta = h.get(divipola)?.valor ?? null;
		return {
			divipola,
			desde,
			hasta,
			cambio: desde === null || hasta === null ? null : hasta - desde,
			cambio_pct: percentChange(desde, hasta),
			n_desde: d.get(divipola)?.n ?? 0,
			n_hasta: h.get(divipola)?.n ?? 0
		};
	});
}

/** Per-level counts of each department (and '*') from distribution rows. */
function countsOf(ind: Ind, rows: { divipola: string; nivel: number; n: number }[]) {
	const out = new Map<string, number[]>();
	for (const r of rows) {
		let c = out.get(r.divipola);
		if (!c) out.set(r.divipola, (c = ind.niveles.map(() => 0)));
		if (r.nivel >= 1 && r.nivel <= c.length) c[r.nivel - 1]! += r.n;
	}
	return out;
}

function sidesFromCounts(counts: Map<string, number[]>, nivel: number | null): Map<string, Side> {
	const out = new Map<string, Side>();
	for (const [id, c] of counts) {
		const n = sum(c);
		out.set(id, { valor: n ? ((c[(nivel ?? 0) - 1] ?? 0) * 100) / n : null, n });
	}
	return out;
}

function levelsOf(d: Map<string, number[]>, h: Map<string, number[]>, k: number) {
	const out = new Map<string, { desde: number[]; hasta: number[] }>();
	const zero = () => Array.from({ length: k }, () => 0);
	for (const id of new Set([...d.keys(), ...h.keys()]))
		out.set(id, { desde: d.get(id) ?? zero(), hasta: h.get(id) ?? zero() });
	return out;
}

/** Each edition's published aggregate (all initiatives that reported in it). */
function published(f: ChangeFilter, ind: Ind, all: Map<string, MapData>): ChangeData {
	const view = (edicion: number) => all.get(`${edicion}|${f.sector}`);
	if (indicatorType(ind.tipo).levels) {
		const d = countsOf(ind, view(f.desde)?.distribution ?? []);
		const h = countsOf(ind, view(f.hasta)?.distribution ?? []);
		return {
			rows: joinSides(sidesFromCounts(d, f.nivel), sidesFromCounts(h, f.nivel)),
			levels: levelsOf(d, h, ind.niveles.length)
		};
	}
	const sides = (edicion: number) => {
		const v = view(edicion);
		const rows = v ? [...v.values, ...(v.national ? [v.national] : [])] : [];
		return new Map(rows.map((r) => [r.divipola, { valor: r.valor, n: r.n_reportan }]));
	};
	return { rows: joinSides(sides(f.desde), sides(f.hasta)), levels: new Map() };
}

/** Only initiatives that reported in both editions, by primary department (and national). */
function constantPanel(
	f: ChangeFilter,
	ind: Ind,
	p: NonNullable<ChangeInput['panel']>
): ChangeData {
	const units = new Map(p.units.map((u) => [u.iniciativa_id, u]));
	const inScope = (rows: InitiativeValue[]) =>
		new Map(
			rows
				.filter((r) => r.valor !== null)
				.filter((r) => {
					const u = units.get(r.iniciativa_id);
					return u && (f.sector === '*' || u.sector_id === f.sector);
				})
				.map((r) => [r.iniciativa_id, r.valor as number])
		);
	const d = inScope(p.desde);
	const h = inScope(p.hasta);
	const panel = [...d.keys()].filter((id) => h.has(id));
	const side = (vals: Map<string, number>) => {
		const groups = new Map<string, number[]>();
		const add = (k: string, v: number) => {
			const g = groups.get(k);
			if (g) g.push(v);
			else groups.set(k, [v]);
		};
		for (const id of panel) {
			const v = vals.get(id)!;
			add('*', v);
			const dep = units.get(id)!.divipola;
			if (dep !== null) add(dep, v);
		}
		const sides = new Map<string, Side>();
		const counts = new Map<string, number[]>();
		for (const [k, vs] of groups) {
			sides.set(k, { valor: aggregate(ind, vs, f.nivel), n: vs.length });
			if (indicatorType(ind.tipo).levels)
				counts.set(
					k,
					ind.niveles.map((_, i) => vs.filter((v) => v === i + 1).length)
				);
		}
		return { sides, counts };
	};
	const sd = side(d);
	const sh = side(h);
	return {
		rows: joinSides(sd.sides, sh.sides),
		levels: levelsOf(sd.counts, sh.counts, ind.niveles.length)
	};
}

/**
 * The change view in JS for either cohort. Mirrors `changeSql` (`src/lib/data/queries/change.ts`),
 * which mirrors `aggregateSql` in `src/lib/data/queries/evolution.ts` for the aggregation rule.
 */
export function changeFrom(f: ChangeFilter, ind: Ind, input: ChangeInput): ChangeData {
	if (f.cohorte === 'todas') return published(f, ind, input.all);
	if (!input.panel) throw new Error('faltan los valores de las iniciativas para la cohorte');
	return constantPanel(f, ind, input.panel);
}

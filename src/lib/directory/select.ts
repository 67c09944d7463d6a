import type { Catalog } from '$lib/data/types';
import type { DirectoryIndex, DirectoryRow } from './index-data';
import { searchIndex } from './search';
import type { DirectoryState, SortKey } from './url-state';

export const PAGE_SIZE = 50;

/**
 * The index prepared for repeated filtering: folded search text and integer sort keys computed
 * once, so a filter change is a linear scan plus an integer sort (no collation per comparison).
 */
export interface PreparedIndex {
	index: DirectoryIndex;
	rows: DirectoryRow[];
	/** Row positions matching a query, most relevant first (see search.ts). */
	search: (q: string) => number[];
	/** Per row: position in name order, department and sector name ranks. */
	nameRank: Int32Array;
	deptRank: Int32Array;
	sectorRank: Int32Array;
}

const collator = new Intl.Collator('es', { sensitivity: 'base', numeric: true });

function ranks(names: Map<string, string>): Map<string, number> {
	const ids = [...names.keys()].sort((a, b) => collator.compare(names.get(a)!, names.get(b)!));
	return new Map(ids.map((id, i) => [id, i]));
}

export function prepareIndex(index: DirectoryIndex, cat: Catalog): PreparedIndex {
	const rows = index.filas;
	const deptNames = new Map(cat.departamentos.map((d) => [d.divipola, d.nombre]));
	const depts = ranks(deptNames);
	const sectors = ranks(new Map(cat.sectores.map((s) => [s.sector_id, s.nombre])));
	const n = rows.length;
	const nameRank = new Int32Array(n);
	const deptRank = new Int32Array(n);
	const sectorRank = new Int32Array(n);
	// The index arrives in accent-insensitive name order (SQL ORDER BY), so position = name rank.
	rows.forEach((r, i) => {
		nameRank[i] = i;
		deptRank[i] = r.divipola ? (depts.get(r.divipola) ?? depts.size) : depts.size;
		sectorRank[i] = sectors.get(r.sector) ?? sectors.size;
	});
	const sectorNames = new Map(cat.sectores.map((x) => [x.sector_id, x.nombre]));
	const deptName = (id: string) => deptNames.get(id) ?? '';
	const search = searchIndex(
		rows.map((r, i) => ({
			id: i,
			nombre: r.nombre,
			lugar: [
				r.municipio ?? '',
				r.divipola ? deptName(r.divipola) : '',
				...r.adicionales.map(deptName)
			].join(' '),
			sector: sectorNames.get(r.sector) ?? '',
			codigo: r.id
		}))
	);
	return { index, rows, search, nameRank, deptRank, sectorRank };
}

/** The maturity level shown for a row: in the edition (by position), or the latest reported. */
export function shownLevel(r: DirectoryRow, edIdx: number | null): number | null {
	if (edIdx !== null) return r.madurez[edIdx] || null;
	for (let i = r.madurez.length - 1; i >= 0; i--) if (r.madurez[i]) return r.madurez[i]!;
	return null;
}

export interface Selection {
	/** Indices (into `rows`) of the matching rows, sorted. */
	matched: number[];
	total: number;
	page: number;
	pages: number;
	/** The rows of the current page. */
	pageRows: DirectoryRow[];
	/** Edition position whose maturity is shown (null = latest reported). */
	edIdx: number | null;
	/** Milliseconds the filter, sort and slice took. */
	ms: number;
}

/** Filters, sorts and pages the directory. Missing sort values always go last. */
export function select(p: PreparedIndex, s: DirectoryState): Selection {
	const t0 = performance.now();
	const { rows } = p;
	const edPos = s.edicion === null ? -1 : p.index.ediciones.indexOf(s.edicion);
	const edIdx = edPos >= 0 ? edPos : null;
	const hits = s.q.trim() ? new Set(p.search(s.q)) : null;
	const matched: number[] = [];
	for (let i = 0; i < rows.length; i++) {
		const r = rows[i]!;
		if (s.depto && r.divipola !== s.depto && !r.adicionales.includes(s.depto)) continue;
		if (s.sector && r.sector !== s.sector) continue;
		if (s.ingreso !== null && r.ingreso !== s.ingreso) continue;
		if (s.edicion !== null && (edIdx === null || r.madurez[edIdx] === null)) continue;
		if (s.madurez !== null && shownLevel(r, edIdx) !== s.madurez) continue;
		if (hits && !hits.has(i)) continue;
		matched.push(i);
	}
	const key = sortKey(p, s.orden, edIdx);
	const dir = s.desc ? -1 : 1;
	matched.sort((a, b) => {
		const ka = key(a);
		const kb = key(b);
		if (ka !== kb) {
			if (ka === null) return 1;
			if (kb === null) return -1;
			return (ka - kb) * dir;
		}
		return p.nameRank[a]! - p.nameRank[b]!;
	});
	const pages = Math.max(1, Math.ceil(matched.length / PAGE_SIZE));
	const page = Math.min(Math.max(1, s.pagina), pages);
	const pageRows = matched.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((i) => rows[i]!);
	return { matched, total: rows.length, page, pages, pageRows, edIdx, ms: performance.now() - t0 };
}

function sortKey(p: PreparedIndex, k: SortKey, edIdx: number | null): (i: number) => number | null {
	switch (k) {
		case 'nombre':
			return (i) => p.nameRank[i]!;
		case 'departamento':
			return (i) => (p.rows[i]!.divipola ? p.deptRank[i]! : null);
		case 'sector':
			return (i) => p.sectorRank[i]!;
		case 'ingreso':
			return (i) => p.rows[i]!.ingreso;
		case 'madurez':
			return (i) => shownLevel(p.rows[i]!, edIdx);
	}
}

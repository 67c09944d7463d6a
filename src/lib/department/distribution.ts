import type { LevelCountRow, LinkRow } from './queries';

/** Initiatives per maturity level in one edition (index 0 = level 1). */
export interface EditionLevels {
	edicion: number;
	counts: number[];
	total: number;
}

/**
 * One department's maturity distribution per edition, in catalogue order, `levels` long; editions
 * where no initiative reported a level are left out (a gap, never a bar of zeros).
 */
export function maturityDistribution(
	rows: readonly LevelCountRow[],
	divipola: string,
	ediciones: readonly number[],
	levels: number
): EditionLevels[] {
	const out: EditionLevels[] = [];
	for (const edicion of ediciones) {
		const counts = Array.from({ length: levels }, () => 0);
		for (const r of rows)
			if (r.divipola === divipola && r.edicion === edicion && r.nivel >= 1 && r.nivel <= levels)
				counts[r.nivel - 1]! += r.n;
		const total = counts.reduce((a, b) => a + b, 0);
		if (total > 0) out.push({ edicion, counts, total });
	}
	return out;
}

/** Initiatives of a sector in a department: all listed, and those whose primary department it is. */
export interface SectorCount {
	sector_id: string;
	sector: string;
	total: number;
	principal: number;
}

/** The department's sectors by number of initiatives (most first, then name in es-CO order). */
export function sectorCounts(links: readonly LinkRow[]): SectorCount[] {
	const by = new Map<string, SectorCount>();
	for (const l of links) {
		const s = by.get(l.sector_id) ?? {
			sector_id: l.sector_id,
			sector: l.sector,
			total: 0,
			principal: 0
		};
		s.total++;
		if (l.principal) s.principal++;
		by.set(l.sector_id, s);
	}
	return [...by.values()].sort(
		(a, b) => b.total - a.total || a.sector.localeCompare(b.sector, 'es-CO')
	);
}

/** Primary and shared initiatives of one department. */
export function linkCounts(links: readonly LinkRow[]): { principal: number; compartidas: number } {
	const principal = links.filter((l) => l.principal).length;
	return { principal, compartidas: links.length - principal };
}

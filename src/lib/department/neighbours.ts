import { neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * Each department's neighbours (sharing a border arc in the published TopoJSON, object
 * `departamentos`, id = DIVIPOLA), each list ordered by name (es-CO collation, then code) so the
 * pages are the same on every build. Islands (San Andrés) have none.
 */
export function departmentNeighbours(
	topo: Topology,
	nameOf: (divipola: string) => string
): Map<string, string[]> {
	const obj = topo.objects.departamentos as GeometryCollection | undefined;
	if (!obj) throw new Error('La geometría no contiene el objeto «departamentos».');
	const ids = obj.geometries.map((g) => String(g.id));
	const adj = neighbors(obj.geometries);
	const order = (a: string, b: string) =>
		nameOf(a).localeCompare(nameOf(b), 'es-CO') || (a < b ? -1 : a > b ? 1 : 0);
	const out = new Map<string, string[]>();
	ids.forEach((id, i) => {
		const set = new Set((adj[i] ?? []).map((j) => ids[j]!).filter((n) => n !== id));
		// A department split in several geometries merges their neighbours.
		for (const n of out.get(id) ?? []) set.add(n);
		out.set(id, [...set].sort(order));
	});
	return out;
}

import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type DeptFeature = Feature<Polygon | MultiPolygon, { nombre: string }> & { id: string };

/** DIVIPOLA code of the Archipiélago de San Andrés, drawn in its own inset. */
export const SAN_ANDRES = '88';

/** Department features from the published TopoJSON (object `departamentos`, id = DIVIPOLA). */
export function departmentFeatures(topo: Topology): DeptFeature[] {
	const obj = topo.objects.departamentos as GeometryCollection | undefined;
	if (!obj) throw new Error('La geometría no contiene el objeto «departamentos».');
	const fc = feature(topo, obj) as FeatureCollection<Polygon | MultiPolygon, { nombre: string }>;
	return fc.features.map((f) => ({ ...f, id: String(f.id) }));
}

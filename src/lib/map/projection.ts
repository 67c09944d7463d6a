import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import { SAN_ANDRES, type DeptFeature } from './topo';

/** The map draws into a fixed viewBox and scales with CSS, so paths are computed once. */
export const VIEW = { width: 560, height: 640 } as const;

/** Where the San Andrés inset sits: the sea north-west of the mainland, where it really lies. */
export const INSET = { x: 8, y: 8, width: 104, height: 118 } as const;

/** Mainland extent including Malpelo (Valle del Cauca) and room for the inset. */
const EXTENT: Feature<Polygon> = {
	type: 'Feature',
	properties: {},
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[-81.8, -4.3],
				[-66.8, -4.3],
				[-66.8, 12.6],
				[-81.8, 12.6],
				[-81.8, -4.3]
			]
		]
	}
};

export interface DeptShape {
	id: string;
	nombre: string;
	d: string;
	/** Label anchor (projected centroid). */
	cx: number;
	cy: number;
	inset: boolean;
}

function shape(f: DeptFeature, projection: GeoProjection, inset: boolean): DeptShape {
	const path = geoPath(projection).digits(1);
	const [cx, cy] = path.centroid(f);
	return { id: f.id, nombre: f.properties.nombre, d: path(f) ?? '', cx, cy, inset };
}

/** SVG paths of every department: mainland fitted to VIEW, San Andrés fitted to the inset box. */
export function departmentShapes(features: DeptFeature[]): DeptShape[] {
	const main = geoMercator().fitExtent(
		[
			[4, 4],
			[VIEW.width - 4, VIEW.height - 4]
		],
		EXTENT
	);
	const sa = features.find((f) => f.id === SAN_ANDRES);
	const inset = sa
		? geoMercator().fitExtent(
				[
					[INSET.x + 14, INSET.y + 22],
					[INSET.x + INSET.width - 14, INSET.y + INSET.height - 8]
				],
				sa
			)
		: main;
	return features.map((f) => (f.id === SAN_ANDRES ? shape(f, inset, true) : shape(f, main, false)));
}

/** Projects a longitude/latitude (e.g. a capital city) to the mainland map's coordinates. */
export function mainProjection(): GeoProjection {
	return geoMercator().fitExtent(
		[
			[4, 4],
			[VIEW.width - 4, VIEW.height - 4]
		],
		EXTENT
	);
}

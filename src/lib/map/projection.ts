import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { RelativePath } from './relative-path';
import { SAN_ANDRES, type DeptFeature } from './topo';

/** The map draws into a fixed viewBox and scales with CSS, so paths are computed once. */
export const VIEW = { width: 560, height: 640 } as const;

/** Where the San Andrés inset sits: the sea north-west of the mainland, where it really lies. */
export const INSET = { x: 8, y: 8, width: 104, height: 118 } as const;

/**
 * Mainland extent including Malpelo (Valle del Cauca) and room for the inset, as two corner
 * points: a MultiPoint has no winding, whereas a polygon wound the wrong way would mean "the whole
 * globe except this box" to d3-geo.
 */
const EXTENT: MultiPoint = {
	type: 'MultiPoint',
	coordinates: [
		[-81.8, -4.3],
		[-66.8, 12.6]
	]
};

/**
 * San Andrés and Providencia themselves: the department also has distant cays (up to 80° W) that
 * would shrink the two islands to a few pixels; they fall outside the inset and are clipped.
 */
const ISLANDS: MultiPoint = {
	type: 'MultiPoint',
	coordinates: [
		[-81.75, 12.47],
		[-81.33, 13.4]
	]
};

export interface DeptShape {
	id: string;
	nombre: string;
	d: string;
	/** Label anchor (projected centroid). */
	cx: number;
	cy: number;
	/** Bounding box [x0, y0, x1, y1] (the inset box for San Andrés): where a tooltip must not go. */
	box: [number, number, number, number];
	inset: boolean;
}

function shape(f: DeptFeature, projection: GeoProjection, inset: boolean): DeptShape {
	const [cx, cy] = geoPath(projection).centroid(f);
	// Compact relative path data at 0.1 unit precision (see relative-path.ts for why).
	const context = new RelativePath(1);
	geoPath(projection, context)(f);
	const [[x0, y0], [x1, y1]] = inset
		? [
				[INSET.x, INSET.y],
				[INSET.x + INSET.width, INSET.y + INSET.height]
			]
		: geoPath(projection).bounds(f);
	const box: DeptShape['box'] = [x0, y0, x1, y1].map((v) => Math.round(v)) as DeptShape['box'];
	return { id: f.id, nombre: f.properties.nombre, d: context.result(), cx, cy, box, inset };
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
	const inset = geoMercator().fitExtent(
		[
			[INSET.x + 10, INSET.y + 28],
			[INSET.x + INSET.width - 10, INSET.y + INSET.height - 6]
		],
		ISLANDS
	);
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

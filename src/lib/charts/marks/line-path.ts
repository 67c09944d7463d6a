import { line } from 'd3-shape';
import type { SeriesPoint } from '../types';

/**
 * The SVG path of a series. Points with `y = null` are gaps: `defined()` breaks the line there,
 * so a missing edition is never bridged by interpolation. One decimal keeps the output stable.
 */
export function linePath(
	points: SeriesPoint[],
	x: (v: string | number) => number,
	y: (v: number) => number
): string {
	return (
		line<SeriesPoint>()
			.defined((p) => p.y !== null && Number.isFinite(x(p.x)))
			.x((p) => x(p.x))
			.y((p) => y(p.y!))
			.digits(1)(points) ?? ''
	);
}

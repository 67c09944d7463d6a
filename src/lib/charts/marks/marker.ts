import type { MarkerShape } from '../types';

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * SVG path of a point marker centred on (x, y) with "radius" r, the same visual weight as a circle
 * of that radius (`circle` has no path: draw it as a `<circle>`).
 */
export function markerPath(shape: Exclude<MarkerShape, 'circle'>, x: number, y: number, r: number) {
	if (shape === 'square') {
		const h = r * 1.2;
		return `M${r1(x - h)},${r1(y - h)}H${r1(x + h)}V${r1(y + h)}H${r1(x - h)}Z`;
	}
	if (shape === 'diamond') {
		const h = r * 1.7;
		return `M${r1(x)},${r1(y - h)}L${r1(x + h)},${r1(y)}L${r1(x)},${r1(y + h)}L${r1(x - h)},${r1(y)}Z`;
	}
	const h = r * 1.35;
	return `M${r1(x)},${r1(y - h)}L${r1(x + h * 0.87)},${r1(y + h / 2)}L${r1(x - h * 0.87)},${r1(y + h / 2)}Z`;
}

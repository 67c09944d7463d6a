import type { DeptShape } from './projection';

const DIRECTIONS: Record<string, [number, number]> = {
	ArrowRight: [1, 0],
	ArrowLeft: [-1, 0],
	ArrowDown: [0, 1],
	ArrowUp: [0, -1]
};

/**
 * The department an arrow key moves to from `from`: the nearest centroid in that direction,
 * where distance across the direction counts double (so → stays on roughly the same latitude).
 * Home and End go to the westernmost and easternmost department. Null when nothing lies that way.
 */
export function neighbour(shapes: DeptShape[], from: string, key: string): string | null {
	const here = shapes.find((s) => s.id === from);
	if (!here) return null;
	if (key === 'Home' || key === 'End') {
		const sorted = [...shapes].sort((a, b) => a.cx - b.cx);
		return (key === 'Home' ? sorted[0] : sorted.at(-1))!.id;
	}
	const dir = DIRECTIONS[key];
	if (!dir) return null;
	let best: { id: string; score: number } | null = null;
	for (const s of shapes) {
		if (s.id === from) continue;
		const dx = s.cx - here.cx;
		const dy = s.cy - here.cy;
		const along = dx * dir[0] + dy * dir[1];
		if (along <= 0) continue;
		const across = Math.abs(dx * dir[1] - dy * dir[0]);
		const score = along + 2 * across;
		if (!best || score < best.score) best = { id: s.id, score };
	}
	return best?.id ?? null;
}

/** Where the tooltip goes for a department: beside, above or below its box, never over it. */
export function tooltipPlacement(shape: DeptShape, width: number, height: number) {
	const [x0, y0, x1, y1] = shape.box;
	const pct = (x: number, y: number) => ({ left: (x / width) * 100, top: (y / height) * 100 });
	if (x1 <= width * 0.55) return { ...pct(x1, shape.cy), side: 'derecha' as const };
	if (x0 >= width * 0.45) return { ...pct(x0, shape.cy), side: 'izquierda' as const };
	if (y0 >= height * 0.3) return { ...pct(shape.cx, y0), side: 'arriba' as const };
	return { ...pct(shape.cx, y1), side: 'abajo' as const };
}

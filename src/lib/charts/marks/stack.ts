import { stack } from 'd3-shape';
import type { BarSegment, StackedBar } from '../types';

export interface StackedPart {
	segment: BarSegment;
	y0: number;
	y1: number;
}

/**
 * Bottom and top of every segment, with d3's stack over the union of segment keys (a bar missing
 * a key stacks it as zero height, so segments of the same key line up across bars).
 */
export function stackBars(bars: StackedBar[]): { bar: StackedBar; parts: StackedPart[] }[] {
	const keys = [...new Set(bars.flatMap((b) => b.segments.map((s) => s.key)))];
	const rows = bars.map((b) => new Map(b.segments.map((s) => [s.key, s])));
	const layers = stack<Map<string, BarSegment>, string>()
		.keys(keys)
		.value((row, key) => row.get(key)?.value ?? 0)(rows);
	return bars.map((bar, i) => ({
		bar,
		parts: layers
			.map((layer) => ({ segment: rows[i]!.get(layer.key), y0: layer[i]![0], y1: layer[i]![1] }))
			.filter((p): p is StackedPart => p.segment !== undefined)
	}));
}

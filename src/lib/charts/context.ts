import { createContext } from 'svelte';
import type { ScaleLinear } from 'd3-scale';
import type { XScale } from './scales';
import type { Padding } from './types';

/** What a chart container shares with its layers; getters, so layers follow resizes. */
export interface ChartContext {
	/** Inner (plotting) width and height in pixels. */
	readonly width: number;
	readonly height: number;
	readonly padding: Padding;
	readonly x: XScale;
	readonly y: ScaleLinear<number, number>;
}

/** Typed context pair: `Chart.svelte` sets it, layers read it. */
export const [getChart, setChart] = createContext<ChartContext>();

/** Shapes the chart layers draw. Values are plain numbers; the page formats them. */

/** One point of a line: `y = null` is a gap (never drawn, never joined across). */
export interface SeriesPoint {
	/** Position on the x axis: a band key (e.g. an edition label) or a number (e.g. a year). */
	x: string | number;
	y: number | null;
	/** Initiatives behind the point (shown in the tooltip and the table). */
	n?: number | null;
}

/** A named line. `dashed` marks a comparison series (e.g. «mediana del sector»). */
export interface LineSeries {
	key: string;
	label: string;
	colour: string;
	points: SeriesPoint[];
	/** A comparison series: dashed line, hollow markers. */
	dashed?: boolean;
	/** Dash pattern of the line (SVG `stroke-dasharray`); `dashed` alone gives "6 4". */
	dash?: string;
	/** Shape of the point markers (circles by default), so series that overlap stay apart. */
	marker?: MarkerShape;
	/** Line width in pixels (the layer's default otherwise). */
	width?: number;
}

/** Point marker shapes: told apart without colour (WCAG 1.4.1). */
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle';

/** One segment of a stacked bar: a level's share and its count. */
export interface BarSegment {
	key: string;
	label: string;
	colour: string;
	value: number;
	n?: number | null;
}

/** A stacked bar at one x position; `segments` go from the bottom up. */
export interface StackedBar {
	x: string;
	segments: BarSegment[];
	/** Initiatives behind the bar. */
	total?: number | null;
}

/** Space around the plotting area, in pixels. */
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** The x axis: discrete bands (editions) or a continuous number line (years). */
export type XSpec =
	{ type: 'band'; domain: string[] } | { type: 'linear'; domain: [number, number] };

/** What the tooltip shows and where, in data coordinates (the layer maps them with the scales). */
export interface TooltipData {
	x: string | number;
	y: number;
	title: string;
	lines: string[];
}

/** The charts library: a container with layers (see README.md). Import pieces from here. */
export { default as Chart } from './Chart.svelte';
export { default as LineChart } from './LineChart.svelte';
export { default as StackedBarChart } from './StackedBarChart.svelte';
export { default as Line } from './marks/Line.svg.svelte';
export { default as Points } from './marks/Points.svg.svelte';
export { default as StackedBars } from './marks/StackedBars.svg.svelte';
export { default as AxisX } from './axes/AxisX.svg.svelte';
export { default as AxisY } from './axes/AxisY.svg.svelte';
export { default as Tooltip } from './Tooltip.html.svelte';
export { default as Legend, type LegendItem } from './Legend.svelte';
export { default as ChartTable, type TableColumn } from './ChartTable.svelte';
export { getChart, type ChartContext } from './context';
export { levelColours, OKABE_ITO, seriesColour } from './palette';
export { px, xScale, yExtent, yScale, type XScale } from './scales';
export { linePath } from './marks/line-path';
export { stackBars } from './marks/stack';
export type * from './types';

import type { LineSeries } from '$lib/charts/types';
import type { SeriesKey } from './profile';

/**
 * How each series of a profile comparison is drawn: its own dash pattern and marker shape, so
 * lines that overlap stay apart (the chart, its legend and the exported legend all read this).
 */
export const SERIES_STYLE: Record<
	SeriesKey,
	Pick<LineSeries, 'dashed' | 'dash' | 'marker' | 'width'>
> = {
	iniciativa: { dashed: false, marker: 'circle', width: 3 },
	sector: { dashed: true, dash: '7 4', marker: 'square', width: 2 },
	departamento: { dashed: true, dash: '2 3', marker: 'diamond', width: 2 }
};

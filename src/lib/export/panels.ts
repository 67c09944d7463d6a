import type { ExportChart } from './image';

/**
 * The chart `<svg>`s inside an element, for image export: one per `[data-panel]` element with the
 * panel's name (small multiples, stacked in the image), else every chart. Charts are the
 * `<svg role="group">` of `$lib/charts`; legend swatches are `<svg>`s too, but decorative (no
 * `role`), so they are not picked.
 */
export function panelCharts(figure: HTMLElement | undefined): ExportChart[] {
	if (!figure) return [];
	const panels = [...figure.querySelectorAll<HTMLElement>('[data-panel]')];
	if (panels.length)
		return panels.flatMap((p) => {
			const svg = p.querySelector<SVGSVGElement>('svg[role="group"]');
			return svg ? [{ svg, label: p.dataset.panel ?? '' }] : [];
		});
	return [...figure.querySelectorAll<SVGSVGElement>('svg[role="group"]')];
}

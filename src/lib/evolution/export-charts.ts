import type { ExportChart } from '$lib/export/image';

/**
 * The chart `<svg>`s an /evolucion figure draws, for image export: one per panel with the panel's
 * name (small multiples, stacked in the image), or the single chart. Legend swatches are `<svg>`s
 * too, but decorative (no `role`), so they are not picked.
 */
export function evolutionCharts(figure: HTMLElement | undefined): ExportChart[] {
	if (!figure) return [];
	const panels = [...figure.querySelectorAll<HTMLElement>('[data-panel]')];
	if (panels.length)
		return panels.flatMap((p) => {
			const svg = p.querySelector<SVGSVGElement>('svg[role="group"]');
			return svg ? [{ svg, label: p.dataset.panel ?? '' }] : [];
		});
	return [...figure.querySelectorAll<SVGSVGElement>('svg[role="group"]')];
}

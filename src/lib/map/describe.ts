import { indicatorType } from '$lib/indicators/registry';
import type { DistributionRow } from '$lib/data/queries/distribution';
import type { MapValueRow } from '$lib/data/queries/map-values';
import type { Indicador } from '$lib/data/types';
import { formatValue } from '$lib/format/indicator';
import { formatInteger } from '$lib/format/number';

/** Everything the map says about one department, as lines of text (tooltip and screen readers). */
export function describeDepartment(
	ind: Indicador,
	row: MapValueRow | undefined,
	rank: number | undefined,
	ranked: number,
	dist: DistributionRow[]
): string[] {
	if (!row) return ['Sin datos: ninguna iniciativa de este departamento en la selección.'];
	const lines = [`${ind.nombre}: ${formatValue(ind, row.valor)}`];
	if (indicatorType(ind.tipo).levels) {
		const parts = ind.niveles.map((lvl, i) => {
			const n = dist.find((d) => d.divipola === row.divipola && d.nivel === i + 1)?.n ?? 0;
			return `${lvl}: ${formatInteger(n)}`;
		});
		lines.push(parts.join(' · '));
	} else if (rank !== undefined) {
		lines.push(`Puesto ${rank} de ${ranked}`);
	}
	lines.push(
		`${formatInteger(row.n_reportan)} de ${formatInteger(row.n_iniciativas)} iniciativas reportan`
	);
	return lines;
}

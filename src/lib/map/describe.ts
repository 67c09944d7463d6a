import { indicatorType } from '$lib/indicators/registry';
import type { ChangeRow } from '$lib/data/queries/change';
import type { Cohorte, Medida } from '$lib/data/url-state';
import { formatChange, formatChangeSide } from '$lib/format/change';
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

/** Words of a change view, shared by the tooltip, the accessible names and the panel. */
export interface ChangeWords {
	ind: Indicador;
	medida: Medida;
	desde: string;
	hasta: string;
	cohorte: Cohorte;
	/** The category level whose share changes. */
	level: string | null;
}

/** Everything the change map says about one department, as lines of text. */
export function describeChange(
	w: ChangeWords,
	row: ChangeRow | undefined,
	rank: number | undefined,
	ranked: number
): string[] {
	if (!row)
		return [
			w.cohorte === 'panel'
				? `Sin datos: ninguna iniciativa de este departamento reportó en ${w.desde} y en ${w.hasta}.`
				: `Sin datos: ninguna iniciativa de este departamento en ${w.desde} ni en ${w.hasta}.`
		];
	const what = w.level ? `«${w.level}»` : w.ind.nombre;
	const change = w.medida === 'pct' ? row.cambio_pct : row.cambio;
	const lines = [
		`Cambio de ${what} entre ${w.desde} y ${w.hasta}: ${formatChange(w.ind, change, w.medida)}`,
		row.desde === null || row.hasta === null
			? `${formatChangeSide(w.ind, row.desde)} en ${w.desde}; ${formatChangeSide(w.ind, row.hasta)} en ${w.hasta}`
			: `De ${formatChangeSide(w.ind, row.desde)} a ${formatChangeSide(w.ind, row.hasta)}`
	];
	if (rank !== undefined && change !== null) lines.push(`Puesto ${rank} de ${ranked}`);
	lines.push(
		w.cohorte === 'panel'
			? `${formatInteger(row.n_hasta)} iniciativas reportaron en ambas ediciones`
			: `Iniciativas que reportan: ${formatInteger(row.n_desde)} en ${w.desde}, ${formatInteger(row.n_hasta)} en ${w.hasta}`
	);
	return lines;
}

import { indicatorType } from '$lib/indicators/registry';
import type { ChangeRow } from '$lib/data/queries/change';
import type { Cohorte, Medida } from '$lib/data/url-state';
import { formatChange, formatChangeSide } from '$lib/format/change';
import type { DistributionRow } from '$lib/data/queries/distribution';
import type { MapValueRow } from '$lib/data/queries/map-values';
import type { Indicador } from '$lib/data/types';
import { formatValue } from '$lib/format/indicator';
import { formatInteger } from '$lib/format/number';
import * as m from '$lib/i18n/messages/map';
import * as c from '$lib/i18n/messages/map-change';
import { levelLabel } from '$lib/indicators/level-label';

/** Everything the map says about one department, as lines of text (tooltip and screen readers). */
export function describeDepartment(
	ind: Indicador,
	row: MapValueRow | undefined,
	rank: number | undefined,
	ranked: number,
	dist: DistributionRow[]
): string[] {
	if (!row) return [m.noDataDepartment()];
	const lines = [`${ind.nombre}: ${formatValue(ind, row.valor)}`];
	if (indicatorType(ind.tipo).levels) {
		const parts = ind.niveles.map((lvl, i) => {
			const n = dist.find((d) => d.divipola === row.divipola && d.nivel === i + 1)?.n ?? 0;
			return `${levelLabel(ind, lvl)}: ${formatInteger(n)}`;
		});
		lines.push(parts.join(' · '));
	} else if (rank !== undefined) {
		lines.push(m.rankOf(rank, ranked));
	}
	lines.push(
		m.reportingOf(
			formatInteger(row.n_reportan),
			formatInteger(row.n_iniciativas),
			row.n_iniciativas
		)
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
	/** The category level whose share changes (its label). */
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
			w.cohorte === 'panel' ? c.noDataPanel(w.desde, w.hasta) : c.noDataAll(w.desde, w.hasta)
		];
	const what = w.level ? c.quoted(w.level) : w.ind.nombre;
	const change = w.medida === 'pct' ? row.cambio_pct : row.cambio;
	const lines = [
		`${c.changeBetween(what, w.desde, w.hasta)}: ${formatChange(w.ind, change, w.medida)}`,
		row.desde === null || row.hasta === null
			? c.eachSide(
					formatChangeSide(w.ind, row.desde),
					w.desde,
					formatChangeSide(w.ind, row.hasta),
					w.hasta
				)
			: c.fromTo(formatChangeSide(w.ind, row.desde), formatChangeSide(w.ind, row.hasta))
	];
	if (rank !== undefined && change !== null) lines.push(m.rankOf(rank, ranked));
	lines.push(
		w.cohorte === 'panel'
			? c.reportedInBoth(row.n_hasta, formatInteger(row.n_hasta))
			: c.reportingEach(formatInteger(row.n_desde), w.desde, formatInteger(row.n_hasta), w.hasta)
	);
	return lines;
}

import { indicatorType } from '$lib/indicators/registry';
import { catalogOf } from '$lib/data/catalog';
import type { Initiative, InitiativeRow } from '$lib/data/queries/initiatives';
import { unpackValues, type InitiativeValuesRow } from '$lib/data/queries/initiative-values';
import type { MedianRow } from '$lib/data/queries/indicator-medians';
import type { Catalog, Indicador } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locale';
import * as m from '$lib/i18n/messages/profile';

/**
 * One point of a series, in the shape `$lib/charts` draws (`x`, `y`, `n`): `x` is the edition's
 * label (a band of the x axis), `y: null` = "sin datos" (not reported), never zero.
 */
export interface SeriesPoint {
	x: string;
	y: number | null;
	edicion: number;
	/** Initiatives behind a median (null for the initiative's own value). */
	n: number | null;
}

export type SeriesKey = 'iniciativa' | 'sector' | 'departamento';

/** A line: one point per edition of the catalog, in order (a chart draws gaps at nulls). Add a
 * `colour` (and `dashed` for the medians) to pass it to `$lib/charts`' `LineChart`. */
export interface Series {
	key: SeriesKey;
	label: string;
	points: SeriesPoint[];
}

/**
 * How the group series summarise an indicator: `mediana` of the values (numbers), `nivel_mediano`
 * (lower median of a category's level positions, always a real level), `porcentaje_si` (booleans:
 * the share of «Sí», and the initiative's own answer as 100 or 0 on the same scale).
 */
export type Measure = 'mediana' | 'nivel_mediano' | 'porcentaje_si';

export interface IndicatorComparison {
	indicador: string;
	measure: Measure;
	/** The initiative, then the median of its sector, then of its primary department (if any). */
	series: Series[];
}

export interface MaturityPoint {
	edicion: number;
	/** Reported anything in the edition (a row in `resultados`). */
	reporto: boolean;
	/** Level position (1 = lowest) or null. */
	nivel: number | null;
}

export interface InitiativeProfile {
	iniciativa: Initiative;
	adicionales: string[];
	madurez: MaturityPoint[];
	comparaciones: IndicatorComparison[];
}

/** Everything profiles need, indexed once (built from a few grouped queries). */
export interface ProfileSource {
	initiatives: Map<string, InitiativeRow>;
	values: Map<string, InitiativeValuesRow>;
	/** Key `indicador|grupo` → rows by edition. */
	bySector: Map<string, MedianRow[]>;
	byDepartment: Map<string, MedianRow[]>;
}

export function groupMedians(rows: MedianRow[]): Map<string, MedianRow[]> {
	const out = new Map<string, MedianRow[]>();
	for (const r of rows) {
		const k = `${r.indicador}|${r.grupo}`;
		const list = out.get(k);
		if (list) list.push(r);
		else out.set(k, [r]);
	}
	return out;
}

export function measureOf(ind: Indicador): Measure {
	return indicatorType(ind.tipo).measure;
}

function groupValue(r: MedianRow, m: Measure): number {
	if (m === 'porcentaje_si') return r.media * 100;
	if (m === 'nivel_mediano') return r.mediana_discreta;
	return r.mediana;
}

/**
 * The profile of one initiative, sliced from the shared source; `null` if the id is unknown. The
 * series' labels are in `locale` (a load runs before the layout sets the page's language).
 */
export function buildProfile(
	src: ProfileSource,
	id: string,
	cat: Catalog,
	locale: Locale = 'es'
): InitiativeProfile | null {
	const row = src.initiatives.get(id);
	if (!row) return null;
	const { adicionales, ...iniciativa } = row;
	const eds = cat.ediciones.map((e) => e.edicion);
	const labels = new Map(cat.ediciones.map((e) => [e.edicion, e.etiqueta]));
	const x = (edicion: number) => labels.get(edicion) ?? String(edicion);
	const own = new Map<string, number>();
	const reported = new Set<number>();
	const v = src.values.get(id);
	if (v)
		for (const x of unpackValues(v.valores)) {
			own.set(`${x.indicador}|${x.edicion}`, x.valor);
			reported.add(x.edicion);
		}
	const maturity = catalogOf(cat).maturity();
	const deptName = catalogOf(cat).department(row.divipola)?.nombre;
	const sectorName = catalogOf(cat).sector(row.sector_id)?.nombre ?? row.sector;

	const comparaciones = cat.indicadores.map((ind): IndicatorComparison => {
		const measure = measureOf(ind);
		const what = measure === 'porcentaje_si' ? m.yesShare[locale] : m.median[locale];
		const group = (rows: MedianRow[] | undefined): SeriesPoint[] => {
			const byEd = new Map((rows ?? []).map((r) => [r.edicion, r]));
			return eds.map((edicion) => {
				const r = byEd.get(edicion);
				return { x: x(edicion), y: r ? groupValue(r, measure) : null, edicion, n: r ? r.n : null };
			});
		};
		const series: Series[] = [
			{
				key: 'iniciativa',
				label: row.nombre,
				points: eds.map((edicion) => {
					const v = own.get(`${ind.codigo}|${edicion}`);
					const y = v === undefined ? null : measure === 'porcentaje_si' ? v * 100 : v;
					return { x: x(edicion), y, edicion, n: null };
				})
			},
			{
				key: 'sector',
				label: m.sectorSeries[locale](what, sectorName),
				points: group(src.bySector.get(`${ind.codigo}|${row.sector_id}`))
			}
		];
		if (row.divipola)
			series.push({
				key: 'departamento',
				label: m.departmentSeries[locale](what, deptName ?? row.divipola),
				points: group(src.byDepartment.get(`${ind.codigo}|${row.divipola}`))
			});
		return { indicador: ind.codigo, measure, series };
	});

	return {
		iniciativa,
		adicionales: adicionales ? adicionales.split('|') : [],
		madurez: eds.map((edicion) => {
			const nivel = maturity ? (own.get(`${maturity.codigo}|${edicion}`) ?? null) : null;
			return { edicion, reporto: reported.has(edicion), nivel };
		}),
		comparaciones
	};
}

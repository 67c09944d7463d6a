import type { Agregacion } from '../contract/manifest';
import type { Indicador as Full } from '../data/types';

/** What an indicator type reads of an indicator (the site's and the build's rows both have it). */
export type Indicador = Pick<
	Full,
	'codigo' | 'nombre' | 'unidad' | 'tipo' | 'niveles' | 'agregacion' | 'minimo' | 'maximo'
> &
	/** The levels' labels in the page's language (the site's indicators have them; the build's not). */
	Partial<Pick<Full, 'etiquetasNiveles'>>;

/** What an indicator type needs of a results row to read one cell (the build's `Row`). */
export interface CellReader {
	text(column: string): string | null;
	number(column: string, rule: { min: number | null; max: number | null }): number | null;
	boolean(column: string): boolean | null;
	fail(column: string, message: string, rule: string): void;
}

/** The group statistic a profile compares an initiative with (`indicator-medians.ts`). */
export type ProfileMeasure = 'mediana' | 'nivel_mediano' | 'porcentaje_si';

/**
 * Everything that varies by indicator type (numbers, yes/no, categories). Code asks
 * `indicatorType(ind.tipo)` and never branches on the type's name; adding a type means one
 * module like `numero.ts` and one line in `registry.ts`.
 */
export interface IndicatorType {
	/** Values are 1-based positions of the dictionary's `niveles` (ordinal classes, stacked bars, no ranks). */
	readonly levels: boolean;
	/** Values are additive quantities: guarded against overflow, and preferred as a default view. */
	readonly quantity: boolean;
	/** Aggregation rules the dictionary may give this type. */
	readonly aggregations: readonly Agregacion[];
	/** The chart `/evolucion` draws: lines of one value per point, or stacked bars of level shares. */
	readonly chart: 'lineas' | 'barras';
	/** What a profile compares the initiative with. */
	readonly measure: ProfileMeasure;

	/**
	 * Reads one cell of a results file into its published number (null: not reported or invalid);
	 * `level` finds a level's position by its text, as the build compares names.
	 */
	read(r: CellReader, ind: Indicador, level: (text: string) => number | undefined): number | null;
	/**
	 * The point value of a group by the indicator's rule, as SQL over the column `valor` (a fixed
	 * whitelist: never user text). Shared by the build (`scripts/lib/derive.ts`) and the browser
	 * (`queries/evolution.ts`); null where the type has no single point value (categories).
	 */
	pointSql(agregacion: Agregacion, valor: string): string | null;
	/** The same point value in JavaScript, held equal to `pointSql` in `registry.test.ts`. */
	point(agregacion: Agregacion, values: number[]): number | null;

	/** Whether values live on a fixed scale (equal-interval classes over `range`). */
	bounded(ind: Indicador): boolean;
	/** The fixed scale's ends. */
	range(ind: Indicador): [number, number];
	/** The y extent of a line chart is at least this (nulls: from the data). */
	yFloor(ind: Indicador): { min: number | null; max: number | null };

	/** A value as text in its unit (`compact` for tight labels). */
	format(ind: Indicador, value: number, compact: boolean): string;
	/** A point of an initiative-versus-medians comparison (`own`: the initiative's own value). */
	formatComparison(ind: Indicador, value: number, own: boolean): string;
	/** Unit label beside a number. */
	unitLabel(ind: Indicador): string;
	/** The unit written on a value axis. */
	axisUnit(ind: Indicador): string;
	/** Whether the value axis reads in percent. */
	axisIsPercent(ind: Indicador): boolean;
	/** How the value was aggregated, for captions. */
	aggregationLabel(ind: Indicador): string;
}

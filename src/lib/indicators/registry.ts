import { TIPOS, type TipoIndicador } from '../contract/manifest';
import { booleano } from './booleano';
import { categoria } from './categoria';
import { numero } from './numero';
import type { IndicatorType } from './type';

export type { IndicatorType } from './type';

/** Every indicator type by its dictionary name (`tipo`). Adding a type: its module and one line. */
const TYPES: Record<TipoIndicador, IndicatorType> = { numero, booleano, categoria };

/** The type of an indicator: everything that varies by `tipo`. */
export function indicatorType(tipo: TipoIndicador): IndicatorType {
	const t = TYPES[tipo];
	if (!t) throw new Error(`tipo de indicador desconocido «${tipo}»`);
	return t;
}

/** The type names (for the dictionary's validation). */
export const TYPE_NAMES: readonly TipoIndicador[] = TIPOS;

/** The types that satisfy `pred`, as a SQL test of a `tipo` column (names from the registry, not user text). */
export function tipoWhereSql(column: string, pred: (t: IndicatorType) => boolean): string {
	const names = TIPOS.filter((n) => pred(TYPES[n])).map((n) => `'${n}'`);
	return names.length ? `${column} IN (${names.join(', ')})` : 'false';
}

/**
 * A group's point value by its indicator's type and rule, as one SQL expression over the columns
 * `tipo`, `agregacion` and `valor` (inside an aggregate query; NULL where the type has none).
 * The build's `d_grupos` computes it; the browser's evolution queries use `pointSql` directly.
 */
export function pointValueSql(tipo: string, agregacion: string, valor: string): string {
	const whens = TIPOS.flatMap((n) =>
		TYPES[n].aggregations.flatMap((a) => {
			const sql = TYPES[n].pointSql(a, valor);
			return sql ? [`WHEN ${tipo} = '${n}' AND ${agregacion} = '${a}' THEN ${sql}`] : [];
		})
	);
	return `CASE ${whens.join(' ')} END`;
}

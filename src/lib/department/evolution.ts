import type { Cohorte, EvolutionRow } from '$lib/data/queries/evolution';

/** One point of a department's (or the country's) line: null = nobody reported (a gap). */
export interface EvolutionPoint {
	edicion: number;
	valor: number | null;
	n: number | null;
}

/** The department's line and the national line of one indicator, in one cohort. */
export interface EvolutionPair {
	departamento: EvolutionPoint[];
	nacional: EvolutionPoint[];
}

/** One indicator's evolution in both cohorts (`todas` and the constant `panel`). */
export type DepartmentEvolution = { indicador: string } & Record<Cohorte, EvolutionPair>;

/** All departments' rows (`desglose: 'departamentos'`) and the national ones, per cohort. */
export type EvolutionRows = Record<
	Cohorte,
	{ departamentos: EvolutionRow[]; nacional: EvolutionRow[] }
>;

/** One series' points, one per edition of the catalogue (missing editions become gaps). */
function points(rows: readonly EvolutionRow[], serie: string, ediciones: readonly number[]) {
	return ediciones.map((edicion): EvolutionPoint => {
		const r = rows.find((x) => x.serie === serie && x.edicion === edicion);
		return { edicion, valor: r?.valor ?? null, n: r?.n ?? null };
	});
}

/** The department's slice of one indicator's rows (computed once for all departments). */
export function departmentEvolution(
	indicador: string,
	rows: EvolutionRows,
	divipola: string,
	ediciones: readonly number[]
): DepartmentEvolution {
	const pair = (c: Cohorte): EvolutionPair => ({
		departamento: points(rows[c].departamentos, divipola, ediciones),
		nacional: points(rows[c].nacional, '*', ediciones)
	});
	return { indicador, todas: pair('todas'), panel: pair('panel') };
}

import { indicatorType } from '$lib/indicators/registry';
import type { Catalog, Indicador } from '$lib/data/types';
import * as m from '$lib/i18n/messages/explore';

export interface Example {
	/** The title in the page's language; after the indicator's name when there is one. */
	titulo: string;
	/** The indicator the title starts with (its name may be Spanish on an English page). */
	indicador?: Pick<Indicador, 'nombre' | 'lang'>;
	sql: string;
}

/**
 * Example queries for the console, built from the published dictionary so they name indicators
 * and editions that exist (codes are validated identifiers, safe to write into SQL text).
 */
export function exampleQueries(cat: Catalog): Example[] {
	const latest = cat.ediciones.reduce((a, e) => Math.max(a, e.edicion), 0);
	const num =
		cat.indicadores.find((i) => indicatorType(i.tipo).quantity && i.agregacion === 'suma') ??
		cat.indicadores.find((i) => indicatorType(i.tipo).quantity);
	const cat1 = cat.indicadores.find((i) => indicatorType(i.tipo).levels);
	const out: Example[] = [
		{
			titulo: m.exampleByDepartment(),
			sql: 'SELECT departamento, count(*) AS iniciativas\nFROM iniciativas\nGROUP BY departamento\nORDER BY iniciativas DESC, departamento'
		},
		{
			titulo: m.exampleCohorts(),
			sql: 'SELECT anio_ingreso_red, count(*) AS iniciativas\nFROM iniciativas\nGROUP BY ALL\nORDER BY anio_ingreso_red NULLS LAST'
		}
	];
	if (num)
		out.push(
			{
				titulo: m.exampleNationalTotal(),
				indicador: num,
				sql: `SELECT e.etiqueta, a.valor, a.n_reportan, a.n_iniciativas\nFROM agregados_departamento a JOIN ediciones e USING (edicion)\nWHERE a.divipola = '*' AND a.sector_id = '*' AND a.indicador = '${num.codigo}'\nORDER BY a.edicion`
			},
			{
				titulo: m.exampleTop10(),
				indicador: num,
				sql: `SELECT i.nombre, i.departamento, r.valor\nFROM resultados r JOIN iniciativas i USING (iniciativa_id)\nWHERE r.indicador = '${num.codigo}' AND r.edicion = ${latest}\nORDER BY r.valor DESC\nLIMIT 10`
			}
		);
	if (cat1)
		out.push({
			titulo: m.exampleDistribution(),
			indicador: cat1,
			sql: `SELECT d.edicion, d.nivel, split_part(i.niveles, '|', d.nivel) AS nombre_nivel, d.n\nFROM distribucion_departamento d JOIN indicadores i ON i.codigo = d.indicador\nWHERE d.divipola = '*' AND d.sector_id = '*' AND d.indicador = '${cat1.codigo}'\nORDER BY d.edicion, d.nivel`
		});
	out.push({
		titulo: m.exampleMissing(),
		sql: "SELECT a.indicador, a.edicion, a.n_iniciativas - a.n_reportan AS sin_dato\nFROM agregados_departamento a\nWHERE a.divipola = '*' AND a.sector_id = '*'\nORDER BY a.indicador, a.edicion"
	});
	return out;
}

import type { DuckDBConnection } from '@duckdb/node-api';
import { checkAliasesAgainst, loadAliases } from '../inputs/alias.ts';
import { loadCopy } from '../inputs/copia.ts';
import { loadDepartamentos } from '../inputs/departamentos.ts';
import { loadEdiciones } from '../inputs/ediciones.ts';
import { loadIndicadores } from '../inputs/indicadores.ts';
import { loadIniciativas } from '../inputs/iniciativas.ts';
import { loadOrigen } from '../inputs/origen.ts';
import { loadResultados } from '../inputs/resultados.ts';
import { loadSectores } from '../inputs/sectores.ts';
import { editionFiles } from '../inputs/ssme-files.ts';
import type { Context } from './context.ts';
import type {
	CopyTable,
	Departamento,
	Edicion,
	Indicador,
	Iniciativa,
	Origen,
	Sector
} from './model.ts';
import { resultSink } from './stage.ts';

/** Everything validated, ready to stage (results are already in DuckDB). */
export interface Validated {
	origen: Origen;
	departamentos: Departamento[];
	sectores: Sector[];
	indicadores: Indicador[];
	ediciones: Edicion[];
	iniciativas: Iniciativa[];
	copias: Record<string, CopyTable>;
}

/**
 * Reads and checks every input, in dependency order, collecting all problems in `ctx.report`.
 * A file that cannot be read at all only skips the checks that depend on it, so one run still
 * reports as much as possible. Results stream into `in_resultados` / `in_presencia`.
 */
export async function validateInputs(
	ctx: Context,
	conn: DuckDBConnection
): Promise<Validated | null> {
	await loadAliases(ctx);
	const origen = await loadOrigen(ctx);
	const departamentos = await loadDepartamentos(ctx);
	const sectores = await loadSectores(ctx);
	const indicadores = await loadIndicadores(ctx);
	if (indicadores)
		checkAliasesAgainst(
			ctx,
			indicadores.map((i) => i.codigo)
		);
	const ediciones = await loadEdiciones(ctx);
	const catalog = await loadIniciativas(ctx, departamentos, sectores);
	const sink = await resultSink(conn);
	try {
		if (ediciones) {
			const files = editionFiles(ctx, ediciones);
			if (files.length === 0)
				ctx.report.error(
					{ file: 'raw/ssme/' },
					'no hay archivos de resultados (.csv o .xlsx)',
					'archivo'
				);
			if (indicadores)
				for (const ef of files)
					await loadResultados(ctx, ef, indicadores, catalog?.ids ?? null, sink);
		}
	} finally {
		sink.close();
	}
	const hitos = await loadCopy(ctx, 'reference/hitos-red-cluster.csv', ['descripcion_en']);
	const coyuntura = await loadCopy(ctx, 'reference/coyuntura-2024.csv', [
		'indicador_en',
		'unidad_en',
		'referencia_en'
	]);
	if (
		!ctx.report.ok ||
		!departamentos ||
		!sectores ||
		!indicadores ||
		!ediciones ||
		!catalog ||
		!hitos ||
		!coyuntura
	)
		return null;
	return {
		origen,
		departamentos,
		sectores,
		indicadores,
		ediciones,
		iniciativas: catalog.iniciativas,
		copias: { hitos, coyuntura }
	};
}

import { indicatorType } from '../../src/lib/indicators/registry.ts';
import type { Context } from '../lib/context.ts';
import type { Indicador } from '../lib/model.ts';
import { openTable } from '../lib/table.ts';
import { normalizeKey } from '../lib/text.ts';
import type { EditionFile } from './ssme-files.ts';

/** Where validated results go: straight into DuckDB, so large files never sit in memory. */
export interface ResultSink {
	value(edicion: number, iniciativaId: string, indicador: string, valor: number): void;
	present(edicion: number, iniciativaId: string): void;
}

/** Catalog columns an export may repeat for readability: ignored with a warning. */
const CATALOG_COLUMNS = new Set([
	'nombre',
	'departamento',
	'municipio',
	'sector',
	'sector_detalle',
	'entidad_lider'
]);

/**
 * Validates one edition's results file and streams its values into the sink. Checks columns
 * against the indicator dictionary, initiative ids against the catalog (when it loaded) and
 * duplicates within the file.
 */
export async function loadResultados(
	ctx: Context,
	ef: EditionFile,
	indicadores: Indicador[],
	catalog: Set<string> | null,
	sink: ResultSink
): Promise<void> {
	const { src, edicion } = ef;
	const file = src.file;
	const table = await openTable(src, ctx.report, ctx.aliases);
	if (!table) return;
	const known = new Map(indicadores.map((i) => [i.codigo, i]));
	if (!table.index.has('iniciativa_id'))
		ctx.report.error(
			{ file, row: 1, column: 'iniciativa_id' },
			'falta la columna obligatoria',
			'columna_obligatoria'
		);
	table.columns.forEach((c, i) => {
		const place = { file, row: 1, column: table.written[i] ?? c };
		if (c === 'iniciativa_id' || known.has(c)) return;
		if (CATALOG_COLUMNS.has(c))
			ctx.report.warn(place, 'columna del catálogo; se ignora aquí', 'columna_ignorada');
		else
			ctx.report.error(place, 'columna que no está en raw/indicadores.csv', 'columna_desconocida');
	});
	const present = indicadores.filter((i) => table.index.has(i.codigo));
	for (const i of indicadores)
		if (!table.index.has(i.codigo))
			ctx.report.warn(
				{ file, row: 1, column: i.codigo },
				'falta la columna del indicador; la edición no lo reporta',
				'columna_indicador'
			);
	const levels = new Map(
		present.map((i) => [i.codigo, new Map(i.niveles.map((n, k) => [normalizeKey(n), k + 1]))])
	);
	const seen = new Map<string, number>();
	// Sum of |value| per indicator: while it is finite, every aggregate of the edition (sums and
	// means of any subset) is finite too; the first value that breaks it is reported.
	const magnitude = new Map<string, number>();
	for await (const r of table.rows) {
		const id = r.text('iniciativa_id', true);
		let ok = id !== null;
		if (id !== null && catalog && !catalog.has(id)) {
			r.fail(
				'iniciativa_id',
				'iniciativa que no está en raw/iniciativas.csv',
				'iniciativa_desconocida'
			);
			ok = false;
		} else if (id !== null && seen.has(id)) {
			r.fail(
				'iniciativa_id',
				`iniciativa repetida en la edición ${edicion} (ya está en la fila ${seen.get(id)})`,
				'duplicado'
			);
			ok = false;
		}
		if (id !== null && !seen.has(id)) seen.set(id, r.row);
		if (ok && id !== null) sink.present(edicion, id);
		for (const ind of present) {
			const type = indicatorType(ind.tipo);
			const byName = levels.get(ind.codigo);
			const v = type.read(r, ind, (text) => byName?.get(normalizeKey(text)));
			if (v !== null && type.quantity) {
				const before = magnitude.get(ind.codigo) ?? 0;
				const after = before + Math.abs(v);
				magnitude.set(ind.codigo, after);
				if (Number.isFinite(before) && !Number.isFinite(after))
					r.fail(
						ind.codigo,
						`la suma de los valores de la edición ${edicion} deja de ser finita (desborda la precisión doble: el sitio mostraría «∞»); revise las unidades`,
						'no_finito'
					);
			}
			if (v !== null && ok && id !== null) sink.value(edicion, id, ind.codigo, v);
		}
	}
}

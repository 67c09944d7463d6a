import type { Report } from './report.ts';
import type { Source, Table } from './table.ts';

/** What every input loader needs: the files found, the report and the header aliases. */
export interface Context {
	report: Report;
	/** Input files by their path relative to --input (`raw/iniciativas.csv`). */
	sources: Map<string, Source>;
	aliases: Map<string, string>;
}

/** The source for a file, or an error `falta el archivo` if it is required and absent. */
export function sourceOf(ctx: Context, file: string, required = true): Source | null {
	const src = ctx.sources.get(file);
	if (!src && required) ctx.report.error({ file }, 'falta el archivo', 'archivo');
	return src ?? null;
}

/**
 * Checks a header against the columns a file must and may have: a missing required column is
 * an error; an unexpected one is ignored with a warning (unless `unknown` says otherwise).
 */
export function checkColumns(
	ctx: Context,
	file: string,
	table: Table,
	required: string[],
	optional: string[],
	unknown: 'warn' | 'none' = 'warn'
): boolean {
	let ok = true;
	for (const c of required)
		if (!table.index.has(c)) {
			ctx.report.error(
				{ file, row: 1, column: c },
				'falta la columna obligatoria',
				'columna_obligatoria'
			);
			ok = false;
		}
	if (unknown === 'warn') {
		const known = new Set([...required, ...optional]);
		table.columns.forEach((c, i) => {
			if (!known.has(c))
				ctx.report.warn(
					{ file, row: 1, column: table.written[i] ?? c },
					'columna no prevista en el contrato; se ignora',
					'columna_ignorada'
				);
		});
	}
	return ok;
}

import { basename } from 'node:path';
import type { Context } from '../lib/context.ts';
import type { Edicion } from '../lib/model.ts';
import type { Source } from '../lib/table.ts';
import { editionRow } from './ediciones.ts';

/** A results file and the edition its name points to. */
export interface EditionFile {
	src: Source;
	edicion: number;
}

/** Natural order (`2.csv` before `10.csv`) so builds read files in a stable order. */
const byName = (a: string, b: string) => a.localeCompare(b, 'es', { numeric: true });

/**
 * Lists `raw/ssme/*.csv|*.xlsx` and maps each to an edition: the first number in the name is
 * the edition, or its `anio_campo` when it is ≥ 1900 (`SSME 2019.xlsx`). Nothing is skipped in
 * silence: a hidden results file (`.2.csv`, `._2.csv`) is an error, other files a warning, and
 * an edition of raw/ediciones.csv left without a file is an error (it would be published with 0
 * results).
 */
export function editionFiles(ctx: Context, ediciones: Edicion[]): EditionFile[] {
	const out: EditionFile[] = [];
	const taken = new Map<number, string>();
	const files = [...ctx.sources.keys()].filter((f) => f.startsWith('raw/ssme/')).sort(byName);
	for (const file of files) {
		const name = basename(file);
		if (name.startsWith('.') && /\.(csv|xlsx)$/i.test(name)) {
			ctx.report.error(
				{ file },
				'archivo oculto (el nombre empieza por punto): no se leería; renómbrelo sin el punto o bórrelo',
				'archivo_oculto'
			);
			continue;
		}
		if (name.startsWith('.')) continue;
		if (!/\.(csv|xlsx)$/i.test(name)) {
			ctx.report.warn({ file }, 'no es .csv ni .xlsx; se ignora', 'archivo_ignorado');
			continue;
		}
		const m = /\d+/.exec(name);
		const n = m ? Number(m[0]) : NaN;
		const ed = ediciones.find((e) => (n >= 1900 ? e.anio_campo === n : e.edicion === n));
		if (!ed) {
			ctx.report.error(
				{ file },
				'el nombre no corresponde a ninguna edición de raw/ediciones.csv (número de edición o año de campo)',
				'edicion'
			);
			continue;
		}
		const prev = taken.get(ed.edicion);
		if (prev) {
			ctx.report.error(
				{ file },
				`la edición ${ed.edicion} ya viene en ${prev}`,
				'edicion_duplicada'
			);
			continue;
		}
		taken.set(ed.edicion, file);
		const src = ctx.sources.get(file);
		if (src) out.push({ src, edicion: ed.edicion });
	}
	for (const e of ediciones)
		if (e.edicion > 0 && !taken.has(e.edicion))
			ctx.report.error(
				{
					file: 'raw/ediciones.csv',
					...(editionRow(e) === undefined ? {} : { row: editionRow(e) }),
					column: 'edicion',
					value: String(e.edicion)
				},
				'la edición no tiene archivo de resultados en raw/ssme/ (se publicaría con 0 resultados)',
				'edicion_sin_archivo'
			);
	return out;
}

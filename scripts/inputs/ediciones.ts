import { checkColumns, sourceOf, type Context } from '../lib/context.ts';
import type { Edicion } from '../lib/model.ts';
import { openTable } from '../lib/table.ts';

const FILE = 'raw/ediciones.csv';

/** True for a real calendar date written `AAAA-MM-DD`. */
function isIsoDate(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** The row of raw/ediciones.csv each edition came from (for problems found later). */
const rows = new WeakMap<Edicion, number>();

/** The row of raw/ediciones.csv where this edition is listed. */
export function editionRow(e: Edicion): number | undefined {
	return rows.get(e);
}

/**
 * The build's clock as a date `AAAA-MM-DD`: SOURCE_DATE_EPOCH when set (reproducible builds),
 * otherwise today in UTC. It only decides a warning, never a published byte.
 */
export function buildDay(): string {
	const epoch = process.env.SOURCE_DATE_EPOCH;
	return (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
}

/**
 * Reads the SSME editions: number, field year, label and cut-off date. An edition dated after
 * the build's clock is published with a warning: it becomes the site's latest edition.
 */
export async function loadEdiciones(ctx: Context): Promise<Edicion[] | null> {
	const src = sourceOf(ctx, FILE);
	const table = src && (await openTable(src, ctx.report, ctx.aliases));
	if (!table) return null;
	checkColumns(ctx, FILE, table, ['edicion', 'anio_campo', 'etiqueta', 'fecha_corte'], []);
	const out: Edicion[] = [];
	const seen = new Set<number>();
	const today = buildDay();
	for await (const r of table.rows) {
		const edicion = r.number('edicion', { integer: true, min: 1, max: 32767, required: true });
		if (edicion !== null && seen.has(edicion)) r.fail('edicion', 'edición repetida', 'duplicado');
		if (edicion !== null) seen.add(edicion);
		const anio = r.number('anio_campo', { integer: true, min: 1990, max: 2100, required: true });
		const fecha = r.text('fecha_corte', true);
		if (fecha !== null && !isIsoDate(fecha))
			r.fail('fecha_corte', 'no es una fecha AAAA-MM-DD', 'fecha');
		else if (fecha !== null && fecha > today)
			r.warn(
				'fecha_corte',
				'fecha de corte en el futuro (posterior a la fecha de compilación); la edición se publica y pasa a ser la más reciente del sitio',
				'edicion_futura'
			);
		const e: Edicion = {
			edicion: edicion ?? 0,
			anio_campo: anio ?? 0,
			etiqueta: r.text('etiqueta', true) ?? '',
			fecha_corte: fecha ?? ''
		};
		rows.set(e, r.row);
		out.push(e);
	}
	return out;
}

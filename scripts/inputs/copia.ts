import { sourceOf, type Context } from '../lib/context.ts';
import type { CopyTable } from '../lib/model.ts';
import { openTable } from '../lib/table.ts';

/** Canonical numbers only (`2.0`, `-0.27`, `360000`): a reference table is ours, not an export. */
const CANONICAL = /^-?\d+(\.\d+)?$/;

/**
 * Reads a reference table that is published as is (`hitos`, `coyuntura`). Column types come
 * from the values: all integers → INTEGER, all numbers → DOUBLE, otherwise text.
 *
 * `english` names the table's English columns (`descripcion_en` translates `descripcion`):
 * optional, always text, and always published, after the others and in this order (null where
 * the file has no such column or the cell is empty, so a real export without them builds and
 * its Parquet has the same columns). An English column needs its Spanish one in the file, and
 * an English cell a Spanish cell in its row (it translates it).
 */
export async function loadCopy(
	ctx: Context,
	file: string,
	english: readonly string[] = []
): Promise<CopyTable | null> {
	const src = sourceOf(ctx, file);
	const table = src && (await openTable(src, ctx.report, ctx.aliases));
	if (!table) return null;
	const spanishOf = (c: string) => c.slice(0, -'_en'.length);
	let ok = true;
	for (const c of english)
		if (table.index.has(c) && !table.index.has(spanishOf(c))) {
			ctx.report.error(
				{ file, row: 1, column: c },
				`traduce la columna «${spanishOf(c)}», que falta`,
				'columna_obligatoria'
			);
			ok = false;
		}
	const own = table.columns.filter((c) => !english.includes(c));
	const read = [...own, ...english];
	const names = read.map((c) => c.replace(/[^a-z0-9_]+/g, '_'));
	const texts: (string | null)[][] = [];
	const isUrl = (c: string) => c === 'fuente' || c === 'url' || c.endsWith('_url');
	for await (const r of table.rows) {
		const row = read.map((c) => (isUrl(c) ? r.url(c) : r.text(c)));
		english.forEach((c, k) => {
			const spanish = read.indexOf(spanishOf(c));
			if (row[own.length + k] !== null && spanish >= 0 && row[spanish] === null)
				r.fail(c, `traduce «${spanishOf(c)}», que está vacía en esta fila`, 'traduccion');
		});
		texts.push(row);
	}
	if (!ok) return null;
	const columns = names.map((name, i) => {
		const vals = texts
			.map((row) => row[i])
			.filter((v): v is string => v !== null && v !== undefined);
		if (i >= own.length) return { name, type: 'VARCHAR' as const };
		const numeric = vals.length > 0 && vals.every((v) => CANONICAL.test(v));
		const ints = numeric && vals.every((v) => !v.includes('.') && Math.abs(Number(v)) < 2 ** 31);
		return {
			name,
			type: ints ? ('INTEGER' as const) : numeric ? ('DOUBLE' as const) : ('VARCHAR' as const)
		};
	});
	const rows = texts.map((row) =>
		row.map((v, i) => (v === null || columns[i]?.type === 'VARCHAR' ? v : Number(v)))
	);
	return { columns, rows };
}

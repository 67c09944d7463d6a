import { sourceOf, type Context } from '../lib/context.ts';
import type { CopyTable } from '../lib/model.ts';
import { openTable } from '../lib/table.ts';

/** Canonical numbers only (`2.0`, `-0.27`, `360000`): a reference table is ours, not an export. */
const CANONICAL = /^-?\d+(\.\d+)?$/;

/**
 * Reads a reference table that is published as is (`hitos`, `coyuntura`). Column types come
 * from the values: all integers → INTEGER, all numbers → DOUBLE, otherwise text.
 */
export async function loadCopy(ctx: Context, file: string): Promise<CopyTable | null> {
	const src = sourceOf(ctx, file);
	const table = src && (await openTable(src, ctx.report, ctx.aliases));
	if (!table) return null;
	const names = table.columns.map((c) => c.replace(/[^a-z0-9_]+/g, '_'));
	const texts: (string | null)[][] = [];
	const isUrl = (c: string) => c === 'fuente' || c === 'url' || c.endsWith('_url');
	for await (const r of table.rows)
		texts.push(table.columns.map((c) => (isUrl(c) ? r.url(c) : r.text(c))));
	const columns = names.map((name, i) => {
		const vals = texts
			.map((row) => row[i])
			.filter((v): v is string => v !== null && v !== undefined);
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

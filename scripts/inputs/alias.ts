import type { Context } from '../lib/context.ts';
import { openTable } from '../lib/table.ts';
import { normalizeKey } from '../lib/text.ts';

const FILE = 'raw/alias.csv';

/**
 * Reads `raw/alias.csv` (optional) into the header alias map: normalised alias → column name.
 * Read before every other table, because it changes how their headers are matched.
 */
export async function loadAliases(ctx: Context): Promise<void> {
	const src = ctx.sources.get(FILE);
	if (!src) return;
	const table = await openTable(src, ctx.report, new Map());
	if (!table) return;
	for (const c of ['alias', 'columna'])
		if (!table.index.has(c))
			ctx.report.error(
				{ file: FILE, row: 1, column: c },
				'falta la columna obligatoria',
				'columna_obligatoria'
			);
	for await (const r of table.rows) {
		const alias = r.text('alias', true);
		const columna = r.text('columna', true);
		if (alias === null || columna === null) continue;
		const key = normalizeKey(alias);
		if (ctx.aliases.has(key) && ctx.aliases.get(key) !== normalizeKey(columna))
			r.fail('alias', 'alias repetido con otra columna', 'duplicado');
		ctx.aliases.set(key, normalizeKey(columna));
	}
}

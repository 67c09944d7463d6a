import type { ExportTable } from '$lib/export/table';

/**
 * A downloaded table with its columns named in the page's language: `names` maps a column's
 * (Spanish, data) name to its message; other columns keep theirs. Rows are re-keyed to match.
 */
export function renameColumns(
	table: ExportTable,
	names: Record<string, () => string>
): ExportTable {
	const to = new Map(table.columns.map((c) => [c.name, names[c.name]?.() ?? c.name]));
	return {
		columns: table.columns.map((c) => ({ ...c, name: to.get(c.name)! })),
		rows: table.rows.map((r) =>
			Object.fromEntries(Object.entries(r).map(([k, v]) => [to.get(k) ?? k, v]))
		)
	};
}

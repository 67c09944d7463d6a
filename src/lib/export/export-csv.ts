import { columnHeader } from './columns';
import { toCsv, type Cell } from './csv';
import { commentLines, type ExportMeta } from './meta';
import type { ExportTable } from './table';

/**
 * The CSV document of a view's download: the export's `# ` lines, the header (in the page's
 * language), the rows.
 */
export function exportCsv(table: ExportTable, meta: ExportMeta): string {
	const rows = table.rows.map((r) =>
		Object.fromEntries(table.columns.map((c) => [columnHeader(c.name), r[c.name] ?? null]))
	);
	return toCsv(
		rows,
		table.columns.map((c) => columnHeader(c.name)) as (keyof Record<string, Cell> & string)[],
		{ comments: commentLines(meta) }
	);
}

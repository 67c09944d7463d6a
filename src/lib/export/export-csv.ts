import { toCsv, type Cell } from './csv';
import { commentLines, type ExportMeta } from './meta';
import type { ExportTable } from './table';

/** The CSV document of a view's download: the export's `# ` lines, the header, the rows. */
export function exportCsv(table: ExportTable, meta: ExportMeta): string {
	return toCsv(
		table.rows,
		table.columns.map((c) => c.name) as (keyof Record<string, Cell> & string)[],
		{ comments: commentLines(meta) }
	);
}

import type { Cell } from '../export/csv';

/**
 * A SQL console cell as text. Numbers stay in their machine form (12345.5, not "12.345,5"): the
 * console is for researchers who compare its output with other tools and with the CSV download.
 */
export function formatSqlCell(value: Cell): string {
	if (value === null || value === undefined) return 'NULL';
	if (value instanceof Date) return value.toISOString();
	return String(value);
}

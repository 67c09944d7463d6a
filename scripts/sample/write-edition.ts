/** Writes one simulated edition as a plain CSV, a Spanish-Excel CSV or an xlsx workbook. */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { toCsv } from './csv.ts';
import { formatCell } from './format-cell.ts';
import type { Indicator } from './inputs.ts';
import type { EditionRows } from './simulate.ts';
import { setZipDates } from './zip-dates.ts';

export type EditionFormat = 'csv' | 'csv-excel-es' | 'xlsx';

/** Fixed workbook dates so the xlsx is reproducible. */
export const XLSX_DATE = new Date(Date.UTC(2024, 10, 29, 12, 0, 0));

const header = (indicators: readonly Indicator[], alias?: ReadonlyMap<string, string>) =>
	['iniciativa_id', ...indicators.map((i) => i.codigo)].map((c) => alias?.get(c) ?? c);

export async function writeCsvEdition(
	file: string,
	edition: EditionRows,
	indicators: readonly Indicator[],
	excelEs: boolean
): Promise<void> {
	const style = excelEs ? 'excel-es' : 'plain';
	const rows = edition.rows.map((r) => [
		r.id,
		...indicators.map((ind, j) => formatCell(r.cells[j] ?? null, ind, style))
	]);
	const body = toCsv([header(indicators), ...rows], excelEs ? ';' : ',', excelEs ? '\r\n' : '\n');
	await writeFile(file, excelEs ? `\uFEFF${body}` : body, 'utf8');
}

/**
 * Numbers go in as numeric cells, booleans and levels as text; headers use the first alias of
 * each column, as a real SSME export would, so the alias path is exercised too.
 */
export async function writeXlsxEdition(
	file: string,
	edition: EditionRows,
	indicators: readonly Indicator[],
	alias: ReadonlyMap<string, string>,
	sheetName: string
): Promise<void> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Tablero Clúster (datos de demostración)';
	workbook.lastModifiedBy = workbook.creator;
	workbook.created = XLSX_DATE;
	workbook.modified = XLSX_DATE;
	const sheet = workbook.addWorksheet(sheetName);
	sheet.addRow(header(indicators, alias));
	for (const r of edition.rows) {
		sheet.addRow([
			r.id,
			...indicators.map((ind, j) => {
				const cell = r.cells[j] ?? null;
				return typeof cell === 'number' ? cell : formatCell(cell, ind, 'plain') || null;
			})
		]);
	}
	const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
	await writeFile(file, setZipDates(buffer, XLSX_DATE));
}

import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setZipDates } from './zip-dates.ts';

/** Writes a tiny workbook as if the clock read `now`: JSZip stamps each part with `new Date()`. */
async function workbookBytes(now: Date): Promise<Buffer> {
	vi.setSystemTime(now);
	const workbook = new ExcelJS.Workbook();
	workbook.created = workbook.modified = new Date(Date.UTC(2024, 0, 1));
	workbook.addWorksheet('a').addRow(['x', 1]);
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('setZipDates', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('setZipDates(xlsx, date) makes two writes at different times byte-identical and readable', async () => {
		const date = new Date(Date.UTC(2024, 10, 29, 12));
		vi.useFakeTimers({ toFake: ['Date'] });
		const morning = await workbookBytes(new Date(Date.UTC(2025, 0, 1, 8)));
		const evening = await workbookBytes(new Date(Date.UTC(2025, 0, 1, 20)));
		expect(morning.equals(evening)).toBe(false);
		const first = setZipDates(morning, date);
		const second = setZipDates(evening, date);
		expect(first.equals(second)).toBe(true);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(first as unknown as ArrayBuffer);
		expect(workbook.worksheets[0]?.getCell('B1').value).toBe(1);
	});

	it('setZipDates rejects bytes that are not a zip', () => {
		expect(() => setZipDates(Buffer.alloc(40), new Date())).toThrow(/zip/);
	});
});

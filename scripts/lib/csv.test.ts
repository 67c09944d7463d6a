import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CsvParser } from './csv-parser.ts';
import { detectDelimiter, readCsvRecords } from './read-csv.ts';
import { Report } from './report.ts';
import { scanFile } from './scan-file.ts';

function parse(chunks: string[], delimiter = ','): string[][] {
	const p = new CsvParser(delimiter);
	const out: string[][] = [];
	for (const c of chunks) p.push(c, (f) => out.push(f));
	p.end((f) => out.push(f));
	return out;
}

describe('CsvParser', () => {
	it('parses Excel quoting: delimiters, doubled quotes and newlines inside quotes', () => {
		expect(parse(['a,"b,c","d ""e""","f\ng"\r\n1,2,3,4\n'])).toEqual([
			['a', 'b,c', 'd "e"', 'f\ng'],
			['1', '2', '3', '4']
		]);
	});

	it('gives the same records whatever the chunk boundaries', () => {
		const text = 'x;"y;\r\n""z"""\r\n1;2\r\n;\r\n"last"';
		const whole = parse([text], ';');
		for (let i = 1; i < text.length; i++)
			expect(parse([text.slice(0, i), text.slice(i)], ';')).toEqual(whole);
		expect(whole).toEqual([['x', 'y;\r\n"z"'], ['1', '2'], ['', ''], ['last']]);
	});

	it('keeps empty trailing fields and blank lines as one empty field', () => {
		expect(parse(['a,b,\n\nc,,\n'])).toEqual([['a', 'b', ''], [''], ['c', '', '']]);
	});

	it('end() reports an unclosed quote', () => {
		const p = new CsvParser(',');
		p.push('a,"b', () => {});
		expect(p.end(() => {})).toBe(false);
	});
});

describe('detectDelimiter', () => {
	it('detectDelimiter picks ; or , from the header, ignoring quoted text', () => {
		expect(detectDelimiter('a;b;c')).toBe(';');
		expect(detectDelimiter('a,b;c,d')).toBe(',');
		expect(detectDelimiter('"a;b;c",d')).toBe(',');
		expect(detectDelimiter('solo')).toBe(',');
	});
});

describe('readCsvRecords and scanFile', () => {
	const dir = mkdtempSync(join(tmpdir(), 'csv-test-'));
	async function read(name: string, bytes: Uint8Array) {
		const path = join(dir, name);
		writeFileSync(path, bytes);
		const facts = await scanFile(path);
		const rows: string[][] = [];
		for await (const r of readCsvRecords(path, facts, new Report(), name)) rows.push(r.fields);
		return { facts, rows };
	}

	it('reads UTF-8 with BOM and strips the BOM', async () => {
		const { facts, rows } = await read('bom.csv', Buffer.from('\ufeffnombre;año\nBogotá;2020\n'));
		expect(facts).toMatchObject({ encoding: 'utf8', bom: true });
		expect(rows).toEqual([
			['nombre', 'año'],
			['Bogotá', '2020']
		]);
	});

	it('reads Windows-1252 when the bytes are not valid UTF-8', async () => {
		const { facts, rows } = await read(
			'ansi.csv',
			iconv.encode('nombre,año\nNariño,2020\n', 'win1252')
		);
		expect(facts.encoding).toBe('windows-1252');
		expect(rows).toEqual([
			['nombre', 'año'],
			['Nariño', '2020']
		]);
	});

	it('flags UTF-16 (and any NUL bytes) as binary', async () => {
		const { facts, rows } = await read(
			'u16.csv',
			iconv.encode('a,b\n1,2\n', 'utf16-le', { addBOM: true })
		);
		expect(facts.encoding).toBe('binary');
		expect(rows).toEqual([]);
	});

	it('numbers records as Excel rows, counting blank lines', async () => {
		const path = join(dir, 'rows.csv');
		writeFileSync(path, 'a,b\n1,2\n\n3,4');
		const rows: number[] = [];
		for await (const r of readCsvRecords(path, await scanFile(path), new Report(), 'rows.csv'))
			rows.push(r.row);
		expect(rows).toEqual([1, 2, 3, 4]);
	});
});

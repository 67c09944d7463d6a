import { createReadStream } from 'node:fs';
import iconv from 'iconv-lite';
import { CsvParser } from './csv-parser.ts';
import type { Report } from './report.ts';
import type { FileFacts } from './scan-file.ts';

/** One data record with its row number as Excel shows it (header = 1). */
export interface RawRecord {
	row: number;
	fields: string[];
	/** The file uses the comma as decimal mark (`;`-separated, as Spanish-locale Excel writes). */
	decimalComma?: boolean;
}

/** A text decoder that works chunk by chunk for either accepted encoding. */
function decoderFor(encoding: 'utf8' | 'windows-1252'): (buf: Buffer | null) => string {
	if (encoding === 'utf8') {
		const d = new TextDecoder('utf-8');
		return (buf) => (buf ? d.decode(buf, { stream: true }) : d.decode());
	}
	const d = iconv.getDecoder('win1252');
	return (buf) => (buf ? d.write(buf) : (d.end() ?? ''));
}

/** Picks `;` or `,`: whichever appears more often (outside quotes) in the header line. */
export function detectDelimiter(headerLine: string): ',' | ';' {
	let commas = 0;
	let semis = 0;
	let quoted = false;
	for (const ch of headerLine) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && ch === ',') commas++;
		else if (!quoted && ch === ';') semis++;
	}
	return semis > commas ? ';' : ',';
}

/**
 * Streams the records of a CSV file: decodes, detects the delimiter from the header line and
 * parses. The first record yielded is the header (row 1). Encoding problems are reported by the
 * caller from `facts`; this only reads.
 */
export async function* readCsvRecords(
	path: string,
	facts: FileFacts,
	report: Report,
	file: string
): AsyncGenerator<RawRecord> {
	if (facts.encoding === 'binary') return;
	const decode = decoderFor(facts.encoding);
	let parser: CsvParser | undefined;
	let pending = '';
	let row = 0;
	const out: RawRecord[] = [];
	let decimalComma = false;
	const emit = (fields: string[]) => {
		row++;
		out.push({ row, fields, decimalComma });
	};
	const start = (delimiter: string) => {
		decimalComma = delimiter === ';';
		return new CsvParser(delimiter);
	};
	const feed = (text: string) => {
		if (!parser) {
			pending += text;
			const nl = pending.search(/[\r\n]/);
			if (nl < 0) return;
			parser = start(detectDelimiter(pending.slice(0, nl)));
			text = pending;
			pending = '';
		}
		parser.push(text, emit);
	};
	let first = true;
	for await (const buf of createReadStream(path, {
		highWaterMark: 1 << 20
	}) as AsyncIterable<Buffer>) {
		let text = decode(buf);
		if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
		first = false;
		feed(text);
		yield* out;
		out.length = 0;
	}
	feed(decode(null));
	if (!parser && pending.length > 0) parser = start(detectDelimiter(pending));
	pending = '';
	if (parser) {
		parser.push('', emit);
		if (!parser.end(emit))
			report.error({ file, row: row }, 'comillas sin cerrar al final del archivo', 'comillas');
	}
	yield* out;
}

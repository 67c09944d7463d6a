import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** What one pass over an input file learns: its hash and how its text is encoded. */
export interface FileFacts {
	sha256: string;
	bytes: number;
	/** `binary` covers UTF-16 and anything with NUL bytes: not a text export we accept. */
	encoding: 'utf8' | 'windows-1252' | 'binary';
	bom: boolean;
}

/**
 * Hashes a file and checks its encoding in the same streaming pass, so a 200 MB export is read
 * once for staleness and validation without being held in memory.
 */
export async function scanFile(path: string): Promise<FileFacts> {
	const hash = createHash('sha256');
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let utf8 = true;
	let nul = false;
	let bytes = 0;
	let bom = false;
	for await (const chunk of createReadStream(path, {
		highWaterMark: 1 << 20
	}) as AsyncIterable<Buffer>) {
		if (bytes === 0) {
			bom = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
			if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))
				nul = true;
		}
		bytes += chunk.length;
		hash.update(chunk);
		if (!nul && chunk.includes(0)) nul = true;
		if (utf8 && !nul) {
			try {
				decoder.decode(chunk, { stream: true });
			} catch {
				utf8 = false;
			}
		}
	}
	if (utf8 && !nul) {
		try {
			decoder.decode();
		} catch {
			utf8 = false;
		}
	}
	const encoding = nul ? 'binary' : utf8 ? 'utf8' : 'windows-1252';
	return { sha256: hash.digest('hex'), bytes, encoding, bom };
}

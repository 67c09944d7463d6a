import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** SHA-256 of bytes, hex. */
export const sha256 = (data: Uint8Array | string) =>
	createHash('sha256').update(data).digest('hex');

/** SHA-256 of a file, streamed. */
export async function sha256File(path: string): Promise<string> {
	const h = createHash('sha256');
	for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) h.update(chunk);
	return h.digest('hex');
}

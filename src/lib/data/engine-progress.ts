import { formatNumber } from '../format/number';
import * as m from '../i18n/messages/data';
import type { LoadPhase } from './wasm-connector';

/**
 * The engine's download progress in network bytes: the worker counts uncompressed bytes, while
 * `Content-Length` (when the server sends one) is the compressed size; one is scaled to the other.
 * `raw` is the uncompressed size, known at build time.
 */
export function networkBytes(loaded: number, header: number, raw: number): [number, number] {
	if (header > 0 && header < raw) return [Math.min(header, (loaded / raw) * header), header];
	return [Math.min(loaded, raw), raw];
}

const mb = (bytes: number) => formatNumber(bytes / 1e6, 1);

/** What the reader is told while the engine starts. */
export function progressMessage(
	phase: LoadPhase,
	detail?: string,
	bytes?: [number, number]
): string {
	if (phase === 'tablas') return m.progressTable(detail ?? '');
	if (bytes) return m.progressDownload(mb(bytes[0]), mb(bytes[1]));
	return m.progressStarting();
}

/**
 * After `vite build` and `write-headers`: `.br` and `.gz` copies beside each compressible file of
 * `build/` (or the folder given as argv[2]), for hosts that serve precompressed files (nginx
 * `brotli_static`/`gzip_static`, Apache, Caddy `precompressed`). Compressed bytes are cached by
 * content hash in `.cache/precompress/` (or `TABLERO_PRECOMPRESS_CACHE`), so only changed files
 * are compressed again. Run by `npm run build` (npm's `postbuild`).
 */
import { resolve } from 'node:path';
import { precompress, precompressLine } from './lib/precompress.ts';

const out = process.argv[2] ?? 'build';
const cacheDir = process.env.TABLERO_PRECOMPRESS_CACHE || resolve('.cache', 'precompress');

console.log(precompressLine(await precompress(out, cacheDir)));

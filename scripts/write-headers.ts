/**
 * After `vite build`: writes `build/_headers` (Netlify / Cloudflare Pages) from the same function
 * that gives `vite preview` its headers, one rule per prerendered page. Run by `npm run build`
 * (npm's `postbuild`).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { basePath } from './lib/app-version.js';
import { headersFile, pagePathsOf } from './lib/headers-file.ts';

const out = process.argv[2] ?? 'build';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const full = join(dir, e.name);
		if (e.isDirectory()) return htmlFiles(full);
		return e.name.endsWith('.html') ? [relative(out, full)] : [];
	});
}

const paths = htmlFiles(out).flatMap(pagePathsOf);
writeFileSync(join(out, '_headers'), headersFile(paths, basePath(process.env.TABLERO_BASE)));
console.log(`[built] ${out}/_headers (${paths.length} rutas)`);

import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES = fileURLToPath(new URL('../../.svelte-kit/output/prerendered/pages', import.meta.url));

/** A folder with more pages than this holds generated siblings (e.g. the initiative profiles). */
const GENERATED = 12;

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return htmlFiles(path);
		return e.name.endsWith('.html') ? [path] : [];
	});
}

/** `pages/a/b.html` → `/a/b`, `pages/index.html` → `/`, `pages/a/index.html` → `/a/`. */
function toPath(file: string): string {
	const rel = relative(PAGES, file).split(sep).join('/');
	if (rel === 'index.html') return '/';
	if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
	return `/${rel.slice(0, -'.html'.length)}`;
}

function folder(path: string): string {
	return path.replace(/\/[^/]*\/?$/, '') || '/';
}

/**
 * Every page the build prerendered, so that suites check routes added later without being edited.
 * Folders with many generated siblings (one page per initiative) are sampled: a route's template is
 * the same for all of them, and checking hundreds would not find more.
 */
export function prerenderedRoutes(): string[] {
	const all = htmlFiles(PAGES).map(toPath).sort();
	const byFolder = new Map<string, string[]>();
	for (const p of all) {
		const f = folder(p);
		byFolder.set(f, [...(byFolder.get(f) ?? []), p]);
	}
	const out: string[] = [];
	for (const paths of byFolder.values()) {
		// Hand-written sections (/, /datos, /explorar…) are all kept; generated ones: first, middle, last.
		if (paths.length <= GENERATED) out.push(...paths);
		else {
			const picks = new Set([0, Math.floor(paths.length / 2), paths.length - 1]);
			out.push(...[...picks].map((i) => paths[i]!));
		}
	}
	return out.sort();
}

/** Embeds are framed views without the site's header: some checks (skip link, nav) skip them. */
export function isEmbed(path: string): boolean {
	const route = path.startsWith('/en/') ? path.slice(3) : path;
	return route.startsWith('/embed/') || route === '/embed';
}

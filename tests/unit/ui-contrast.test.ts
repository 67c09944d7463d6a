// Contrast of the UI's colours, read from every stylesheet under src/ (app.css and each component's
// <style>), so a new component's greys are checked without listing them here. It covers what axe
// cannot see in a rendered page: SVG text, focus outlines, and states the e2e run never shows
// (hover, error boxes).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { luminance } from '../../src/lib/map/palette';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = join(dir, e.name);
		if (e.isDirectory()) return files(p);
		return /\.(svelte|css)$/.test(e.name) ? [p] : [];
	});
}

/** CSS text of a file: the whole .css, or the <style> blocks of a component. */
function css(file: string): string {
	const text = readFileSync(file, 'utf8');
	if (file.endsWith('.css')) return text;
	return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
}

interface Rule {
	file: string;
	selector: string;
	decls: Map<string, string>;
}

/** Innermost `selector { declarations }` blocks (enough for the flat CSS this project writes). */
function rules(file: string): Rule[] {
	// Comments and at-rule statements (`@import …;`) would otherwise glue onto the next selector.
	const text = css(file)
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/@import[^;]*;/g, '');
	return [...text.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
		file: file.slice(SRC.length + 1),
		selector: m[1]!.trim(),
		decls: new Map(
			m[2]!
				.split(';')
				.map((d) => d.split(':'))
				.filter((p) => p.length >= 2)
				.map(([k, ...v]) => [k!.trim(), v.join(':').trim()])
		)
	}));
}

const all = files(SRC).flatMap(rules);
const vars = new Map(
	all
		.filter((r) => r.selector === ':root')
		.flatMap((r) => [...r.decls].filter(([k]) => k.startsWith('--')))
);

/** The first colour in a value as #rrggbb (resolving var(--x)), or null for none/inherit/etc. */
function colour(value: string | undefined): string | null {
	if (!value) return null;
	const v = value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => vars.get(name) ?? '');
	const hex = /#([0-9a-f]{6}|[0-9a-f]{3})\b/i.exec(v)?.[1];
	if (hex) return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`.toLowerCase();
	if (/\bwhite\b/.test(v)) return '#ffffff';
	if (/\bblack\b/.test(v)) return '#000000';
	return null;
}

function ratio(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

const isText = (r: Rule) =>
	/(^|[\s,>])text\b/.test(r.selector) || r.decls.has('font-size') || r.decls.has('font-weight');

interface Use {
	colour: string;
	where: string;
}
const texts: Use[] = [];
/** Focus outlines, with the surface of the container their selector names, if it sets one. */
const outlines: (Use & { on: string | null })[] = [];
const surfaces: Use[] = [
	{ colour: '#ffffff', where: 'default page' },
	{ colour: colour('var(--bg)')!, where: '--bg' }
];
const pairs: { fg: Use; bg: string }[] = [];

/** `header a:focus-visible` is drawn on `header`'s background when that file gives it one. */
function containerSurface(r: Rule): string | null {
	const first = r.selector.split(/[\s>+~,]+/)[0]!;
	if (first === r.selector) return null;
	const box = all.find((o) => o.file === r.file && o.selector === first);
	return colour(box?.decls.get('background')) ?? colour(box?.decls.get('background-color'));
}

for (const r of all) {
	const where = `${r.file} ${r.selector}`;
	const fg = colour(r.decls.get('color')) ?? (isText(r) ? colour(r.decls.get('fill')) : null);
	const bg =
		colour(r.decls.get('background')) ??
		colour(r.decls.get('background-color')) ??
		(!isText(r) ? colour(r.decls.get('fill')) : null);
	// SVG shapes show focus with a stroke (outline is unreliable on SVG).
	const ring =
		colour(r.decls.get('outline')) ??
		colour(r.decls.get('outline-color')) ??
		(/:focus/.test(r.selector) ? colour(r.decls.get('stroke')) : null);
	if (ring) outlines.push({ colour: ring, where, on: containerSurface(r) });
	if (fg) texts.push({ colour: fg, where });
	if (bg) surfaces.push({ colour: bg, where });
	if (fg && bg) pairs.push({ fg: { colour: fg, where }, bg });
}

// Light surfaces carry dark text and dark surfaces light text. Mid-tones (swatches, bars, map
// fills) carry no text by design, and axe checks any text that does land on them when rendered.
const light = surfaces.filter((s) => luminance(s.colour) >= 0.6);
const dark = surfaces.filter((s) => luminance(s.colour) <= 0.1);
const opposite = (c: string) => (luminance(c) < 0.4 ? light : dark);

describe('UI colours read from the stylesheets', () => {
	it('finds the colours it is meant to check', () => {
		expect(texts.length).toBeGreaterThan(5);
		expect(outlines.length).toBeGreaterThan(0);
		expect(light.length).toBeGreaterThan(2);
		expect(dark.length).toBeGreaterThan(0);
	});

	it('every text colour has ≥ 4.5:1 against every surface of the opposite lightness', () => {
		const bad = texts.flatMap((t) =>
			opposite(t.colour)
				.filter((s) => ratio(t.colour, s.colour) < 4.5)
				.map(
					(s) =>
						`${t.colour} (${t.where}) on ${s.colour} (${s.where}): ${ratio(t.colour, s.colour).toFixed(2)}`
				)
		);
		expect(bad).toEqual([]);
	});

	it('text and background set together have ≥ 4.5:1', () => {
		const bad = pairs
			.filter((p) => ratio(p.fg.colour, p.bg) < 4.5)
			.map((p) => `${p.fg.where}: ${p.fg.colour} on ${p.bg}`);
		expect(bad).toEqual([]);
	});

	it('focus outlines have ≥ 3:1 against the surfaces they are drawn on (WCAG 1.4.11)', () => {
		// On light surfaces everywhere, unless the rule is scoped to a container with its own fill.
		const bad = outlines.flatMap((o) =>
			(o.on ? [{ colour: o.on, where: 'its container' }] : light)
				.filter((s) => ratio(o.colour, s.colour) < 3)
				.map((s) => `${o.colour} (${o.where}) on ${s.colour} (${s.where})`)
		);
		expect(bad).toEqual([]);
	});
});

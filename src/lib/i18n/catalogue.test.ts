// The message catalogue as a whole: every message has both languages, English is really
// English, and every key is used somewhere (an unused key is a string the site lost track of).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Message } from './message';

const modules = import.meta.glob<Record<string, unknown>>('./messages/*.ts', { eager: true });
const SRC = join(__dirname, '..', '..');

type AnyMessage = Message<never[]>;
const isMessage = (v: unknown): v is AnyMessage =>
	typeof v === 'function' && 'es' in v && 'en' in v;

/**
 * [module file name, export name, message] for the whole catalogue. An export may also be a
 * record of messages keyed by a data code (dimension names, column names): `name.code`.
 */
const catalogue = Object.entries(modules).flatMap(([path, mod]) =>
	Object.entries(mod).flatMap(([name, value]) => {
		const file = path.slice('./messages/'.length);
		if (typeof value === 'object' && value !== null)
			return Object.entries(value).map(([k, v]) => [file, `${name}.${k}`, v as unknown] as const);
		return [[file, name, value as unknown] as const];
	})
);

/** Messages whose English is the Spanish on purpose: words the two languages share. */
const SAME_IN_BOTH = new Set<string>([
	'department.ts:sector',
	'department.ts:total',
	'directory.ts:sector',
	'directory.ts:sortSector',
	'evolution.ts:seriesLegend',
	'indicators.ts:no',
	'map-change.ts:percent',
	'map.ts:sector',
	'profile.ts:filterSector',
	'profile.ts:sector',
	'profile.ts:legendTitle',
	'ui.ts:errorTitle'
]);

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return sources(path);
		return /\.(svelte|ts)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
	});
}

describe('the message catalogue', () => {
	it('has messages', () => {
		expect(catalogue.length).toBeGreaterThan(0);
	});

	it.each(catalogue)('%s %s is a message with a Spanish and an English text', (file, name, m) => {
		expect(isMessage(m), `${file}:${name} is not made with msg()`).toBe(true);
		const { es, en } = m as AnyMessage;
		expect(typeof es).toBe(typeof en);
		if (typeof es === 'string') {
			// One side may be empty: a fragment that only one language's word order needs.
			expect(`${es}${String(en)}`.trim()).not.toBe('');
			if (!SAME_IN_BOTH.has(`${file}:${name}`)) expect(en).not.toBe(es);
		} else {
			expect((es as (...a: never[]) => string).length).toBe(
				(en as (...a: never[]) => string).length
			);
		}
	});

	it('every key is used outside the catalogue', () => {
		const files = sources(SRC).filter((f) => !f.includes(`${sep}i18n${sep}messages${sep}`));
		const texts = files.map((f) => [relative(SRC, f), readFileSync(f, 'utf8')] as const);
		const unused: string[] = [];
		for (const [path] of Object.entries(modules)) {
			const module = path.slice('./messages/'.length, -'.ts'.length);
			const importer = new RegExp(
				`from '(?:\\$lib/i18n|\\.\\.?(?:/\\.\\.)*(?:/i18n)?)/messages/${module}'`
			);
			// How each importing file names the module: `* as m` (used as m.key) or `{ a, b }`.
			const uses = texts
				.filter(([, t]) => importer.test(t))
				.map(([, t]) => {
					const line = t.split('\n').find((l) => importer.test(l)) ?? '';
					const ns = /import \* as (\w+)/.exec(line)?.[1];
					return { text: t, ns, named: /import \{([^}]*)\}/.exec(line)?.[1] ?? '' };
				});
			for (const name of Object.keys(modules[path]!)) {
				const used = uses.some(({ text, ns, named }) =>
					ns
						? new RegExp(`\\b${ns}\\.${name}\\b`).test(text)
						: new RegExp(`\\b${name}\\b`).test(named)
				);
				if (!used) unused.push(`${module}.${name}`);
			}
		}
		expect(unused).toEqual([]);
	});
});

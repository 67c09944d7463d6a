// `npm run data` as a command: what an analyst sees (report lines, exit code) and what stays
// published when an input is broken.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from './lib/hash.ts';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'data', 'fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'build-data-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function data(...args: string[]) {
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8'
	});
	return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

function hashes(out: string): Record<string, string> {
	const h: Record<string, string> = {};
	for (const d of ['data', 'geo'])
		for (const f of readdirSync(join(out, d)).sort())
			h[`${d}/${f}`] = sha256(readFileSync(join(out, d, f)));
	return h;
}

describe('npm run data with a truncated .xlsx', () => {
	const out = join(tmp, 'out');
	beforeAll(() => {
		expect(data('--input', join(FIXTURES, 'valida'), '--out', out).code).toBe(0);
	});

	it('reports the damaged workbook in one line, exits 1 and keeps what was published', () => {
		const before = hashes(out);
		const r = data('--input', join(FIXTURES, 'xlsx-truncado'), '--out', out);
		expect(r.code).toBe(1);
		expect(r.out).toContain(
			'ERROR raw/ssme/SSME 2021.xlsx: el archivo Excel está dañado o incompleto (no se pudo leer: FILE_ENDED); ábralo en Excel y guárdelo de nuevo, o expórtelo como CSV UTF-8 [archivo]'
		);
		expect(r.out).toContain('Datos NO publicados: 1 errores');
		expect(r.out).not.toMatch(/ERROR interno|\n\s+at /); // no stack trace
		expect(hashes(out)).toEqual(before);
		expect(readdirSync(out).filter((f) => f.startsWith('.tmp-build'))).toEqual([]);
	});
});

import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { publishDirs } from './swap.ts';

// A rename that fails when it moves a fresh folder onto a given target (as EXDEV or EPERM would).
const failOn = vi.hoisted(() => ({ target: '' }));
vi.mock('node:fs/promises', async (importOriginal) => {
	const real = await importOriginal<typeof import('node:fs/promises')>();
	return {
		...real,
		rename: vi.fn(async (from: string, to: string) => {
			if (to === failOn.target && !from.endsWith('.anterior'))
				throw Object.assign(new Error('rename simulado que falla'), { code: 'EXDEV' });
			return real.rename(from, to);
		})
	};
});

const root = mkdtempSync(join(tmpdir(), 'swap-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(path: string, files: Record<string, string>) {
	mkdirSync(path, { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(path, name), text);
}

describe('publishDirs', () => {
	it('moves the fresh folders in and removes the old ones', async () => {
		const out = join(root, 'ok');
		folder(join(out, 'data'), { 'viejo.txt': 'v' });
		folder(join(root, 'ok-tmp', 'data'), { 'nuevo.txt': 'n' });
		await publishDirs(join(root, 'ok-tmp'), out, ['data']);
		expect(readdirSync(join(out, 'data'))).toEqual(['nuevo.txt']);
	});

	it('restores the previous folder when the rename of the new one throws', async () => {
		const out = join(root, 'falla');
		const tmp = join(root, 'falla-tmp');
		folder(join(out, 'data'), { 'viejo.txt': 'v' });
		folder(join(tmp, 'data'), { 'nuevo.txt': 'n' });
		failOn.target = join(out, 'data');
		await expect(publishDirs(tmp, out, ['data'])).rejects.toThrow('rename simulado que falla');
		failOn.target = '';
		// Readers still see the old, complete folder; nothing of the new one leaked in.
		expect(readdirSync(join(out, 'data'))).toEqual(['viejo.txt']);
		expect(readdirSync(tmp)).toEqual(['data']);
	});
});

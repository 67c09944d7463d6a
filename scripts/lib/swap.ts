import { rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

const exists = (p: string) =>
	stat(p).then(
		() => true,
		() => false
	);

/**
 * Moves freshly built folders (`data`, `geo`) from the temp dir into `out`, each by rename: the
 * previous folder is set aside first and restored if the move fails, so readers see either the
 * old or the new complete folder, never a mix within one.
 */
export async function publishDirs(tmp: string, out: string, names: string[]): Promise<void> {
	for (const name of names) {
		const fresh = join(tmp, name);
		if (!(await exists(fresh))) continue;
		const target = join(out, name);
		const old = join(tmp, `${name}.anterior`);
		const hadOld = await exists(target);
		if (hadOld) await rename(target, old);
		try {
			await rename(fresh, target);
		} catch (e) {
			if (hadOld) await rename(old, target);
			throw e;
		}
		if (hadOld) await rm(old, { recursive: true, force: true });
	}
}

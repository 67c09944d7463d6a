/** Multiplies the catalog for load tests: replica k of `ANT-01` is `ANT-01-r00k`, «… (réplica k)». */
import type { Initiative } from './inputs.ts';

export function replicaId(id: string, k: number): string {
	return k === 1 ? id : `${id}-r${String(k).padStart(3, '0')}`;
}

/** Replica 1 is the original; later replicas keep everything but id and name. */
export function replicate(initiatives: readonly Initiative[], scale: number): Initiative[] {
	const out: Initiative[] = [];
	for (let k = 1; k <= scale; k++) {
		for (const it of initiatives) {
			if (k === 1) {
				out.push(it);
				continue;
			}
			const id = replicaId(it.id, k);
			const row = { ...it.row, iniciativa_id: id, nombre: `${it.row.nombre ?? ''} (réplica ${k})` };
			out.push({ ...it, id, row });
		}
	}
	return out;
}

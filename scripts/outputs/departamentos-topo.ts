import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDepartmentsTopology } from '../lib/geo.ts';
import { sha256 } from '../lib/hash.ts';
import type { Departamento } from '../lib/model.ts';
import type { FileEntry } from '../lib/write-table.ts';

/** `geo/departamentos.topo.json`: the map's TopoJSON, built by the lead's `lib/geo.ts`. */
export async function writeDepartmentsTopo(
	departamentos: Departamento[],
	outDir: string
): Promise<FileEntry> {
	const text = buildDepartmentsTopology(
		departamentos.map(({ divipola, nombre }) => ({ divipola, nombre }))
	);
	await mkdir(join(outDir, 'geo'), { recursive: true });
	await writeFile(join(outDir, 'geo', 'departamentos.topo.json'), text);
	return {
		archivo: 'geo/departamentos.topo.json',
		bytes: Buffer.byteLength(text),
		sha256: sha256(text)
	};
}

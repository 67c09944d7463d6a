import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256, sha256File } from './hash.ts';
import type { CopyTable } from './model.ts';
import type { Validated } from './validate.ts';
import type { FileEntry, Manifest, TableEntry } from '../../src/lib/contract/manifest.ts';

export type { Manifest };

/** Assembles the manifest; `version` is a short hash of every published file's hash. */
export function makeManifest(
	v: Validated,
	tablas: Record<string, TableEntry>,
	geo: FileEntry | null,
	entradas: Record<string, string>,
	clave: string,
	generado: Date
): Manifest {
	const hashes = Object.values(tablas).flatMap((t) =>
		t.archivos.map((a) => `${a.archivo} ${a.sha256}`)
	);
	if (geo) hashes.push(`${geo.archivo} ${geo.sha256}`);
	return {
		version: sha256(hashes.join('\n')).slice(0, 12),
		generado: generado.toISOString(),
		muestra: v.origen.muestra,
		descripcion_muestra: v.origen.muestra ? v.origen.descripcion : null,
		descripcion_muestra_en: v.origen.muestra ? v.origen.descripcion_en : null,
		semilla: v.origen.muestra ? v.origen.semilla : null,
		clave_entradas: clave,
		ediciones: [...v.ediciones].sort((a, b) => a.edicion - b.edicion),
		indicadores: v.indicadores,
		sectores: v.sectores.map(({ sector_id, nombre, nombre_en }) => ({
			sector_id,
			nombre,
			nombre_en
		})),
		departamentos: v.departamentos.map(({ divipola, nombre, nombre_corto }) => ({
			divipola,
			nombre,
			nombre_corto
		})),
		textos_referencia: Object.fromEntries(
			Object.entries(v.copias).map(([tabla, t]) => [tabla, translatedTexts(t)])
		),
		tablas,
		geo,
		paquete_csv: null,
		entradas
	};
}

/**
 * A reference copy's texts that have an English column (`descripcion` and `descripcion_en`),
 * row by row: the English labels a reader of the manifest sees beside the Spanish ones.
 */
function translatedTexts(t: CopyTable): Record<string, string | null>[] {
	const names = t.columns.map((c) => c.name);
	const keep = names.flatMap((n, i) =>
		n.endsWith('_en') || names.includes(`${n}_en`) ? [[n, i] as const] : []
	);
	return t.rows.map((row) =>
		Object.fromEntries(
			keep.map(([n, i]) => {
				const v = row[i];
				return [n, v === null || v === undefined ? null : String(v)];
			})
		)
	);
}

/** Every file a manifest lists, as paths relative to `out`. */
export function manifestFiles(m: Manifest): FileEntry[] {
	const files = Object.values(m.tablas).flatMap((t) =>
		t.archivos.map((a) => ({ ...a, archivo: `data/${a.archivo}` }))
	);
	if (m.geo) files.push(m.geo);
	if (m.paquete_csv) files.push(m.paquete_csv);
	return files;
}

/**
 * The published manifest if it was built from the same key and every file it lists is still
 * there with its recorded hash; otherwise null (the build must run).
 */
export async function freshManifest(out: string, clave: string): Promise<Manifest | null> {
	let m: Manifest;
	try {
		m = JSON.parse(await readFile(join(out, 'data', 'manifest.json'), 'utf8')) as Manifest;
	} catch {
		return null;
	}
	if (m.clave_entradas !== clave) return null;
	for (const f of manifestFiles(m)) {
		const hash = await sha256File(join(out, f.archivo)).catch(() => null);
		if (hash !== f.sha256) return null;
	}
	return m;
}

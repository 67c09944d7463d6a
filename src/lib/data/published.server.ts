import { join } from 'node:path';
import { PUBLISHED, readManifest } from './prerender.server';
import type { Published } from './published';

/** Reads the manifest's table list (names, rows, column types, Parquet file) at build time. */
export function loadPublished(dir = join(PUBLISHED, 'data')): Published {
	const m = readManifest(dir);
	return {
		tablas: Object.entries(m.tablas).map(([tabla, t]) => {
			const parquet = t.archivos.find((a) => a.archivo.endsWith('.parquet'));
			if (!parquet) throw new Error(`manifest: la tabla ${tabla} no tiene Parquet`);
			return {
				tabla,
				filas: t.filas,
				columnas: t.columnas.map(({ nombre, tipo }) => ({ nombre, tipo })),
				parquet: { ...parquet, archivo: `data/${parquet.archivo}` }
			};
		}),
		paqueteCsv: m.paquete_csv ?? null,
		semilla: m.semilla ?? null
	};
}

import { readFile } from 'node:fs/promises';
import type { Context } from '../lib/context.ts';
import type { Origen } from '../lib/model.ts';

/** Reads `raw/origen.json` (optional): whether the data are a demonstration sample. */
export async function loadOrigen(ctx: Context): Promise<Origen> {
	const src = ctx.sources.get('raw/origen.json');
	if (!src) return { muestra: false, descripcion: null, semilla: null };
	try {
		const o = JSON.parse(await readFile(src.path, 'utf8')) as Record<string, unknown>;
		if (o.muestra !== undefined && typeof o.muestra !== 'boolean')
			ctx.report.error({ file: src.file, column: 'muestra' }, 'debe ser true o false', 'json');
		const descripcion = typeof o.descripcion === 'string' ? o.descripcion : null;
		const semilla = typeof o.semilla === 'number' ? o.semilla : null;
		return { muestra: o.muestra === true, descripcion, semilla };
	} catch (e) {
		ctx.report.error({ file: src.file }, `JSON no válido: ${(e as Error).message}`, 'json');
		return { muestra: false, descripcion: null, semilla: null };
	}
}

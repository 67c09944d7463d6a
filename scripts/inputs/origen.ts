import { readFile } from 'node:fs/promises';
import type { Context } from '../lib/context.ts';
import type { Origen } from '../lib/model.ts';

const NONE: Origen = { muestra: false, descripcion: null, descripcion_en: null, semilla: null };

/** An optional text field: a string, or absent/null; anything else is an error. */
function text(ctx: Context, file: string, o: Record<string, unknown>, key: string): string | null {
	const v = o[key];
	if (typeof v === 'string') return v.trim() || null;
	if (v !== undefined && v !== null)
		ctx.report.error({ file, column: key }, 'debe ser un texto', 'json');
	return null;
}

/**
 * Reads `raw/origen.json` (optional): whether the data are a demonstration sample, and its
 * description in Spanish and, optionally, English (`descripcion_en`).
 */
export async function loadOrigen(ctx: Context): Promise<Origen> {
	const src = ctx.sources.get('raw/origen.json');
	if (!src) return { ...NONE };
	try {
		const o = JSON.parse(await readFile(src.path, 'utf8')) as Record<string, unknown>;
		if (o.muestra !== undefined && typeof o.muestra !== 'boolean')
			ctx.report.error({ file: src.file, column: 'muestra' }, 'debe ser true o false', 'json');
		const descripcion = typeof o.descripcion === 'string' ? o.descripcion : null;
		const descripcion_en = text(ctx, src.file, o, 'descripcion_en');
		const semilla = typeof o.semilla === 'number' ? o.semilla : null;
		return { muestra: o.muestra === true, descripcion, descripcion_en, semilla };
	} catch (e) {
		ctx.report.error({ file: src.file }, `JSON no válido: ${(e as Error).message}`, 'json');
		return { ...NONE };
	}
}

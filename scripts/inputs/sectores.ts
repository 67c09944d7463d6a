import { checkColumns, sourceOf, type Context } from '../lib/context.ts';
import type { Sector } from '../lib/model.ts';
import { openTable } from '../lib/table.ts';

const FILE = 'reference/sectores.csv';

/**
 * Reads the sector reference: a stable id, a display name (and its English, optional) and the
 * spellings sources use.
 */
export async function loadSectores(ctx: Context): Promise<Sector[] | null> {
	const src = sourceOf(ctx, FILE);
	const table = src && (await openTable(src, ctx.report, ctx.aliases));
	if (!table) return null;
	checkColumns(ctx, FILE, table, ['sector_id', 'nombre'], ['nombre_en', 'variantes']);
	const out: Sector[] = [];
	const seen = new Set<string>();
	for await (const r of table.rows) {
		const id = r.text('sector_id', true);
		const nombre = r.text('nombre', true);
		if (id !== null && !/^[a-z0-9_]+$/.test(id))
			r.fail('sector_id', 'solo minúsculas, dígitos y _', 'identificador');
		else if (id !== null && seen.has(id))
			r.fail('sector_id', 'identificador repetido', 'duplicado');
		if (id !== null) seen.add(id);
		const variantes = (r.text('variantes') ?? '')
			.split('|')
			.map((v) => v.trim())
			.filter(Boolean);
		out.push({
			sector_id: id ?? '',
			nombre: nombre ?? '',
			nombre_en: r.text('nombre_en'),
			variantes
		});
	}
	return out;
}

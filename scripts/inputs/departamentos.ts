import { checkColumns, sourceOf, type Context } from '../lib/context.ts';
import type { Departamento } from '../lib/model.ts';
import { openTable } from '../lib/table.ts';

const FILE = 'reference/departamentos.csv';
const OPTIONAL = ['nombre_corto', 'iso_3166_2', 'capital', 'lat', 'lon', 'variantes'];

/** Reads the department reference (DANE DIVIPOLA codes, ISO codes and spelling variants). */
export async function loadDepartamentos(ctx: Context): Promise<Departamento[] | null> {
	const src = sourceOf(ctx, FILE);
	const table = src && (await openTable(src, ctx.report, ctx.aliases));
	if (!table) return null;
	checkColumns(ctx, FILE, table, ['divipola', 'nombre'], OPTIONAL);
	const out: Departamento[] = [];
	const seen = new Set<string>();
	for await (const r of table.rows) {
		const divipola = r.text('divipola', true);
		const nombre = r.text('nombre', true);
		if (divipola !== null && !/^\d{2}$/.test(divipola))
			r.fail('divipola', 'el código DIVIPOLA de departamento tiene dos dígitos', 'divipola');
		else if (divipola !== null && seen.has(divipola))
			r.fail('divipola', 'código repetido', 'duplicado');
		const d: Departamento = {
			divipola: divipola ?? '',
			nombre: nombre ?? '',
			nombre_corto: r.text('nombre_corto') ?? nombre ?? '',
			iso_3166_2: r.text('iso_3166_2'),
			capital: r.text('capital'),
			lat: r.number('lat', { min: -90, max: 90 }),
			lon: r.number('lon', { min: -180, max: 180 }),
			variantes: (r.text('variantes') ?? '')
				.split('|')
				.map((v) => v.trim())
				.filter(Boolean)
		};
		if (divipola !== null) seen.add(divipola);
		out.push(d);
	}
	return out;
}

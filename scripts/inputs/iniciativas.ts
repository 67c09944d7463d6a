import { checkColumns, sourceOf, type Context } from '../lib/context.ts';
import type { Departamento, Iniciativa, Sector } from '../lib/model.ts';
import { DepartmentResolver, SectorResolver } from '../lib/resolve.ts';
import type { Row } from '../lib/row.ts';
import { openTable } from '../lib/table.ts';
import { normalizeKey } from '../lib/text.ts';

const FILE = 'raw/iniciativas.csv';
const REQUIRED = ['iniciativa_id', 'nombre', 'departamento', 'sector'];
const OPTIONAL = [
	'departamentos_adicionales',
	'municipio',
	'sector_detalle',
	'entidad_lider',
	'anio_inicio',
	'anio_ingreso_red',
	'reconocimiento_2024',
	'fuente',
	'notas'
];
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

/** Resolves one department cell value, warning about fixable spellings. */
function department(
	r: Row,
	column: string,
	text: string,
	resolver: DepartmentResolver,
	names: Map<string, string>
): string | null {
	const res = resolver.resolve(text);
	if (!res) {
		r.fail(
			column,
			'departamento desconocido (no está en reference/departamentos.csv)',
			'departamento',
			text
		);
		return null;
	}
	if (res.padded)
		r.warn(column, `código DIVIPOLA sin cero inicial; se leyó como "${res.id}"`, 'divipola_cero');
	else if (!res.exact)
		r.warn(
			column,
			`variante del nombre; se leyó como "${res.id}" (${names.get(res.id)})`,
			'departamento_variante'
		);
	return res.id;
}

/** The catalog and, for each initiative, the row it came from (for duplicate messages). */
export interface Catalog {
	iniciativas: Iniciativa[];
	ids: Set<string>;
}

/**
 * Reads the initiative catalog. Departments and sectors are resolved against `reference/`;
 * initiatives without a department are kept with a null DIVIPOLA and a warning.
 */
export async function loadIniciativas(
	ctx: Context,
	departamentos: Departamento[] | null,
	sectores: Sector[] | null
): Promise<Catalog | null> {
	const src = sourceOf(ctx, FILE);
	const table = src && (await openTable(src, ctx.report, ctx.aliases));
	if (!table) return null;
	checkColumns(ctx, FILE, table, REQUIRED, OPTIONAL);
	const depts = departamentos && new DepartmentResolver(departamentos);
	const names = new Map((departamentos ?? []).map((d) => [d.divipola, d.nombre]));
	const sectorRes = sectores && new SectorResolver(sectores);
	const sectorNames = new Map((sectores ?? []).map((s) => [s.sector_id, s.nombre]));
	const firstRow = new Map<string, number>();
	const iniciativas: Iniciativa[] = [];
	for await (const r of table.rows) {
		const id = r.text('iniciativa_id', true);
		if (id !== null && !ID_PATTERN.test(id))
			r.fail('iniciativa_id', 'debe cumplir [A-Za-z0-9_-]{1,40}', 'identificador');
		else if (id !== null && firstRow.has(id))
			r.fail(
				'iniciativa_id',
				`iniciativa repetida en el catálogo (ya está en la fila ${firstRow.get(id)})`,
				'duplicado'
			);
		if (id !== null && !firstRow.has(id)) firstRow.set(id, r.row);

		let divipola: string | null = null;
		const deptText = r.text('departamento');
		if (deptText === null || normalizeKey(deptText) === 'sin_departamento') {
			if (table.index.has('departamento'))
				r.warn(
					'departamento',
					'sin departamento; se publica sin DIVIPOLA (solo cuenta en el total nacional)',
					'sin_departamento'
				);
		} else if (depts) divipola = department(r, 'departamento', deptText, depts, names);

		const adicionales: string[] = [];
		for (const part of (r.text('departamentos_adicionales') ?? '').split('|')) {
			const t = part.trim();
			if (!t || !depts) continue;
			const code = department(r, 'departamentos_adicionales', t, depts, names);
			if (code === divipola || (code && adicionales.includes(code)))
				r.warn(
					'departamentos_adicionales',
					`repite el departamento ${code}; se cuenta una vez`,
					'departamento_repetido'
				);
			else if (code) adicionales.push(code);
		}

		let sectorId: string | null = null;
		const sectorText = r.text('sector', true);
		if (sectorText !== null && sectorRes) {
			sectorId = sectorRes.resolve(sectorText)?.id ?? null;
			if (!sectorId)
				r.fail('sector', 'sector desconocido (no está en reference/sectores.csv)', 'sector');
		}
		const year = { integer: true, min: 1990, max: 2100 };
		iniciativas.push({
			iniciativa_id: id ?? '',
			nombre: r.text('nombre', true),
			divipola,
			departamento: divipola ? (names.get(divipola) ?? null) : null,
			municipio: r.text('municipio'),
			sector_id: sectorId,
			sector: sectorId ? (sectorNames.get(sectorId) ?? null) : null,
			sector_detalle: r.text('sector_detalle'),
			entidad_lider: r.text('entidad_lider'),
			anio_inicio: r.number('anio_inicio', year),
			anio_ingreso_red: r.number('anio_ingreso_red', year),
			reconocimiento_2024: r.text('reconocimiento_2024'),
			fuente: r.url('fuente'),
			notas: r.text('notas'),
			adicionales
		});
	}
	return { iniciativas, ids: new Set(firstRow.keys()) };
}

import { checkColumns, sourceOf, type Context } from '../lib/context.ts';
import { AGREGACIONES } from '../../src/lib/contract/manifest.ts';
import { indicatorType, TYPE_NAMES } from '../../src/lib/indicators/registry.ts';
import type { Indicador } from '../lib/model.ts';
import type { Row } from '../lib/row.ts';
import { openTable } from '../lib/table.ts';

const FILE = 'raw/indicadores.csv';
const REQUIRED = ['codigo', 'nombre', 'dimension', 'unidad', 'tipo', 'agregacion'];
const OPTIONAL = ['niveles', 'minimo', 'maximo', 'mayor_es_mejor', 'descripcion'];
/** English labels: optional columns, and an empty cell falls back to the Spanish one. */
const ENGLISH = ['nombre_en', 'descripcion_en', 'niveles_en'];
const DIMENSIONES = ['gestion', 'proyectos', 'empresas', 'entorno', 'cluster_regional', 'madurez'];
const UNIDADES = ['conteo', '%', 'millones COP', 'millones USD', 'indice', 'categoria'];

const levelList = (text: string | null): string[] =>
	(text ?? '')
		.split('|')
		.map((n) => n.trim())
		.filter(Boolean);

/**
 * The English level labels: the same count and order as `niveles` (each one names the level at
 * its position), or null when the cell is empty (the Spanish levels are shown).
 */
function englishLevels(r: Row, niveles: string[], levels: boolean): string[] | null {
	const text = r.text('niveles_en');
	if (text === null) return null;
	if (!levels) {
		r.warn('niveles_en', 'solo las categorías tienen niveles; se ignoran', 'niveles_en');
		return null;
	}
	const parts = text.split('|').map((n) => n.trim());
	if (parts.length !== niveles.length || parts.some((p) => p === '')) {
		r.fail(
			'niveles_en',
			`debe tener ${niveles.length} etiquetas separadas por |, una por nivel y en el mismo orden que niveles (tiene ${parts.filter(Boolean).length})`,
			'niveles_en'
		);
		return null;
	}
	return parts;
}

function oneOf<T extends string>(
	r: Row,
	column: string,
	allowed: readonly T[],
	rule: string
): T | null {
	const v = r.text(column, true);
	if (v === null) return null;
	if (!(allowed as readonly string[]).includes(v)) {
		r.fail(column, `debe ser uno de: ${allowed.join(', ')}`, rule);
		return null;
	}
	return v as T;
}

/** Reads the indicator dictionary, which decides the columns, types and ranges of `ssme/*`. */
export async function loadIndicadores(ctx: Context): Promise<Indicador[] | null> {
	const src = sourceOf(ctx, FILE);
	const table = src && (await openTable(src, ctx.report, ctx.aliases));
	if (!table) return null;
	checkColumns(ctx, FILE, table, REQUIRED, [...OPTIONAL, ...ENGLISH]);
	const out: Indicador[] = [];
	const seen = new Set<string>();
	for await (const r of table.rows) {
		const codigo = r.text('codigo', true);
		if (codigo !== null && !/^[a-z][a-z0-9_]*$/.test(codigo)) {
			r.fail('codigo', 'debe cumplir [a-z][a-z0-9_]*', 'identificador');
		} else if (codigo !== null && seen.has(codigo)) {
			r.fail('codigo', 'código repetido', 'duplicado');
		}
		const tipo = oneOf(r, 'tipo', TYPE_NAMES, 'tipo');
		const type = tipo && indicatorType(tipo);
		const agregacion = oneOf(r, 'agregacion', AGREGACIONES, 'agregacion');
		if (type && agregacion && !type.aggregations.includes(agregacion))
			r.fail('agregacion', `no se puede usar con tipo ${tipo}`, 'agregacion');
		const niveles = levelList(r.text('niveles'));
		if (type && type.levels && niveles.length < 2)
			r.fail('niveles', 'una categoría necesita al menos dos niveles separados por |', 'niveles');
		if (!(type && type.levels) && niveles.length > 0)
			r.warn('niveles', 'solo las categorías tienen niveles; se ignoran', 'niveles');
		const minimo = r.number('minimo');
		const maximo = r.number('maximo');
		if (minimo !== null && maximo !== null && minimo > maximo)
			r.fail('maximo', 'el máximo es menor que el mínimo', 'rango');
		if (codigo) seen.add(codigo);
		out.push({
			codigo: codigo ?? '',
			nombre: r.text('nombre', true) ?? '',
			dimension: oneOf(r, 'dimension', DIMENSIONES, 'dimension') ?? '',
			unidad: oneOf(r, 'unidad', UNIDADES, 'unidad') ?? '',
			tipo: tipo ?? TYPE_NAMES[0]!,
			niveles: type && type.levels ? niveles : [],
			agregacion: agregacion ?? 'suma',
			minimo,
			maximo,
			mayor_es_mejor: r.boolean('mayor_es_mejor') ?? true,
			descripcion: r.text('descripcion'),
			nombre_en: r.text('nombre_en'),
			descripcion_en: r.text('descripcion_en'),
			niveles_en: englishLevels(r, niveles, !!(type && type.levels && niveles.length >= 2)),
			orden: out.length + 1
		});
	}
	return out;
}

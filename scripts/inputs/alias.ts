import type { Context } from '../lib/context.ts';
import { openTable } from '../lib/table.ts';
import { normalizeKey } from '../lib/text.ts';

const FILE = 'raw/alias.csv';

/** Row of raw/alias.csv for each alias key, per build (for checks made once indicators load). */
const aliasRows = new WeakMap<Map<string, string>, Map<string, number>>();

/**
 * Reads `raw/alias.csv` (optional) into the header alias map: normalised alias → column name.
 * Read before every other table, because it changes how their headers are matched. Aliases
 * apply once, so a chain or a cycle (`a → b`, `b → a` swaps two indicators) is an error: the
 * second alias involved is reported.
 */
export async function loadAliases(ctx: Context): Promise<void> {
	const src = ctx.sources.get(FILE);
	if (!src) return;
	const table = await openTable(src, ctx.report, new Map());
	if (!table) return;
	for (const c of ['alias', 'columna'])
		if (!table.index.has(c))
			ctx.report.error(
				{ file: FILE, row: 1, column: c },
				'falta la columna obligatoria',
				'columna_obligatoria'
			);
	const rows = new Map<string, number>();
	aliasRows.set(ctx.aliases, rows);
	const targets = new Map<string, string>();
	for await (const r of table.rows) {
		const alias = r.text('alias', true);
		const columna = r.text('columna', true);
		if (alias === null || columna === null) continue;
		const key = normalizeKey(alias);
		const target = normalizeKey(columna);
		if (ctx.aliases.has(key) && ctx.aliases.get(key) !== target) {
			r.fail('alias', 'alias repetido con otra columna', 'duplicado');
			continue;
		}
		if (key === target) continue;
		if (ctx.aliases.has(target) || targets.has(key)) {
			const other = ctx.aliases.has(target)
				? `«${target}» es a su vez un alias de «${ctx.aliases.get(target)}»`
				: `«${key}» es la columna de destino del alias «${targets.get(key)}»`;
			r.fail(
				'columna',
				`cadena o ciclo de alias (${other}); cada alias debe llevar directo a una columna del contrato`,
				'alias_ciclo'
			);
			continue;
		}
		ctx.aliases.set(key, target);
		targets.set(target, key);
		rows.set(key, r.row);
	}
}

/**
 * After the indicator dictionary is read: an alias whose own name is an indicator code would
 * move that indicator's column onto another one (half of a swap), so it is an error.
 */
export function checkAliasesAgainst(ctx: Context, codes: string[]): void {
	const rows = aliasRows.get(ctx.aliases);
	for (const code of codes) {
		const target = ctx.aliases.get(code);
		if (target === undefined) continue;
		const row = rows?.get(code);
		ctx.report.error(
			{ file: FILE, ...(row === undefined ? {} : { row }), column: 'alias', value: code },
			`es el código de un indicador de raw/indicadores.csv: su columna se leería como «${target}»`,
			'alias_columna'
		);
	}
}

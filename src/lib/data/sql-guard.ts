/**
 * A first, friendly filter for the SQL console: refuses what obviously tries to reach files, URLs
 * or the engine's configuration, with a message in Spanish, before anything is sent to DuckDB.
 * It is defence in depth, not the boundary: the console's DuckDB runs with
 * `enable_external_access = false` and `lock_configuration = true` (sql-session.ts), which is
 * what actually stops a query that slips past these patterns.
 */

import { formatInteger } from '../format/number';

/** Longest query the console accepts (and a shared link may carry). */
export const MAX_SQL_LENGTH = 4000;

/** Table functions that read files or URLs, or run SQL hidden in a string. */
const FILE_FUNCTIONS =
	/\b(read_\w+|\w+_scan|parquet_\w+|sniff_csv|glob|iceberg_\w+|delta_\w+|st_read\w*|sqlite_\w+|postgres_\w+|mysql_\w+|query|query_table|load_\w+)\s*\(/i;

/** Statements that touch files, extensions, other databases or settings. */
const BLOCKED_STATEMENTS = new Set([
	'attach',
	'detach',
	'copy',
	'install',
	'force',
	'load',
	'import',
	'export',
	'set',
	'reset',
	'use',
	'checkpoint',
	'vacuum'
]);

/** A string that names a file or a non-web location rather than a value. */
const PATH_LIKE =
	/^(~|\.{0,2}\/|[a-z]:[\\/]|\\\\)|^(s3|s3a|s3n|gs|gcs|r2|az|azure|abfss|hf|file|opfs):\/\/|\.(csv|tsv|txt|parquet|json|jsonl|ndjson|arrow|feather|ipc|db|duckdb|sqlite|xlsx|xls|gz|zst)$/i;

interface Scanned {
	/** The SQL without comments, strings and quoted names blanked to `''` / `""`. */
	code: string;
	/** The SQL without comments (strings kept, double quotes removed). */
	text: string;
	/** Every quoted literal, with what precedes it in `code`. */
	literals: { value: string; quote: "'" | '"' | '$'; before: string }[];
}

/** Splits SQL into code, strings, quoted identifiers and comments (DuckDB's lexical rules). */
function scan(sql: string): Scanned {
	let code = '';
	let text = '';
	const literals: Scanned['literals'] = [];
	let i = 0;
	while (i < sql.length) {
		const ch = sql[i]!;
		const next = sql[i + 1];
		if (ch === '-' && next === '-') {
			const end = sql.indexOf('\n', i);
			i = end < 0 ? sql.length : end;
			code += ' ';
			text += ' ';
		} else if (ch === '/' && next === '*') {
			const end = sql.indexOf('*/', i + 2);
			i = end < 0 ? sql.length : end + 2;
			code += ' ';
			text += ' ';
		} else if (ch === "'" || ch === '"') {
			let j = i + 1;
			let value = '';
			while (j < sql.length) {
				if (sql[j] === ch && sql[j + 1] === ch) {
					value += ch;
					j += 2;
				} else if (sql[j] === ch) break;
				else value += sql[j++];
			}
			literals.push({ value, quote: ch, before: code });
			code += ch + ch;
			text += ch === '"' ? value : `'${value}'`;
			i = j + 1;
		} else if (ch === '$' && /^\$(\w*)\$/.test(sql.slice(i))) {
			const tag = /^\$(\w*)\$/.exec(sql.slice(i))![0];
			const end = sql.indexOf(tag, i + tag.length);
			const value = sql.slice(i + tag.length, end < 0 ? sql.length : end);
			literals.push({ value, quote: '$', before: code });
			code += "''";
			text += `'${value}'`;
			i = end < 0 ? sql.length : end + tag.length;
		} else {
			code += ch;
			text += ch;
			i++;
		}
	}
	return { code, text, literals };
}

const quote = (s: string) => `«${s.length > 60 ? `${s.slice(0, 60)}…` : s}»`;

/**
 * Why the console refuses this SQL, in Spanish, or null when it may be sent to DuckDB.
 * Refuses: empty or oversized input, more than one statement, statements that touch files,
 * extensions or settings, table functions that read files or URLs, and file paths or URLs used
 * as tables.
 */
export function refusal(sql: string): string | null {
	if (!sql.trim()) return 'Escriba una consulta SQL.';
	if (sql.length > MAX_SQL_LENGTH)
		return `La consulta es demasiado larga (más de ${formatInteger(MAX_SQL_LENGTH)} caracteres).`;
	const { code, text, literals } = scan(sql);
	const statements = code.split(';').filter((s) => s.trim());
	if (statements.length === 0) return 'Escriba una consulta SQL.';
	if (statements.length > 1)
		return 'Escriba una sola consulta a la vez (hay más de una sentencia separada por «;»).';
	const first = /^\s*\(?\s*([a-z_]+)/i.exec(statements[0]!)?.[1]?.toLowerCase() ?? '';
	if (
		BLOCKED_STATEMENTS.has(first) ||
		/^\s*create\s+(or\s+replace\s+)?(persistent\s+|temporary\s+|temp\s+)?secret\b/i.test(code)
	)
		return `La consola no permite ${quote(first.toUpperCase())}: solo consulta las tablas publicadas.`;
	const fn = FILE_FUNCTIONS.exec(text);
	if (fn)
		return `La consola no lee archivos ni URL (${quote(fn[1]!)}): solo las tablas publicadas, por ejemplo SELECT * FROM resultados.`;
	for (const lit of literals) {
		const asTable = lit.quote !== '"' && /\b(from|join)\s*\(?\s*$/i.test(lit.before);
		if (asTable || PATH_LIKE.test(lit.value.trim()))
			return `La consola no lee archivos ni URL (${quote(lit.value)}): solo las tablas publicadas.`;
	}
	return null;
}

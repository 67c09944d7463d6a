/**
 * A first, friendly filter for the SQL console: refuses what obviously tries to reach files, URLs
 * or the engine's configuration, with a message in the page's language, before anything is sent to DuckDB.
 * It is defence in depth, not the boundary: the console's DuckDB runs with
 * `enable_external_access = false` and `lock_configuration = true` (sql-session.ts), which is
 * what actually stops a query that slips past these patterns.
 */

import { formatInteger } from '../format/number';
import * as m from '../i18n/messages/data';

/** Longest query the console accepts (and a shared link may carry). */
export const MAX_SQL_LENGTH = 4000;

/** Table functions that read files or URLs, or run SQL hidden in a string. */
const FILE_FUNCTIONS =
	/\b(read_\w+|\w+_scan|parquet_\w+|sniff_csv|glob|iceberg_\w+|delta_\w+|st_read\w*|sqlite_\w+|postgres_\w+|mysql_\w+|query|query_table|load_\w+)\s*\(/i;

/**
 * Statements the console refuses by their first word: those that touch files, extensions, other
 * databases or settings, those that write (each run is rolled back anyway, see sql-session.ts, so
 * a write could only mislead), and transaction control (a COMMIT would end the run's transaction).
 */
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
	'vacuum',
	'analyze',
	'create',
	'drop',
	'alter',
	'insert',
	'update',
	'delete',
	'truncate',
	'merge',
	'comment',
	'begin',
	'start',
	'commit',
	'end',
	'rollback',
	'abort',
	'savepoint',
	'release',
	'prepare',
	'execute',
	'deallocate',
	'update_extensions'
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

/** Characters that continue an identifier in DuckDB's (PostgreSQL's) lexer, `$` included. */
const IDENT_CONT = /[A-Za-z0-9_$\u0080-\uffff]/;
/** A dollar-quote tag: `$$` or `$name$` (a name cannot start with a digit: `$1` is a parameter). */
const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;

/**
 * Splits SQL into code, strings, quoted identifiers and comments following DuckDB's lexical rules
 * (its PostgreSQL-derived scanner): `--` comments end at a line feed or a carriage return; block
 * comments nest; `'…'` with `''`; `E'…'` with backslash escapes (`\'` does not end it); `"…"`
 * with `""`; dollar quotes `$$…$$` / `$tag$…$tag$`, but not inside an identifier (`a$$b`). An
 * unterminated string or comment runs to the end, as DuckDB reads it.
 */
function scan(sql: string): Scanned {
	let code = '';
	let text = '';
	const literals: Scanned['literals'] = [];
	let i = 0;
	while (i < sql.length) {
		const ch = sql[i]!;
		const next = sql[i + 1];
		const prev = i > 0 ? sql[i - 1]! : '';
		const inIdent = prev !== '' && IDENT_CONT.test(prev);
		if (ch === '-' && next === '-') {
			let j = i + 2;
			while (j < sql.length && sql[j] !== '\n' && sql[j] !== '\r') j++;
			i = j;
			code += ' ';
			text += ' ';
		} else if (ch === '/' && next === '*') {
			let depth = 1;
			let j = i + 2;
			while (j < sql.length && depth > 0) {
				if (sql[j] === '/' && sql[j + 1] === '*') {
					depth++;
					j += 2;
				} else if (sql[j] === '*' && sql[j + 1] === '/') {
					depth--;
					j += 2;
				} else j++;
			}
			i = j;
			code += ' ';
			text += ' ';
		} else if (
			ch === "'" ||
			ch === '"' ||
			((ch === 'e' || ch === 'E') && next === "'" && !inIdent)
		) {
			const escapes = ch !== "'" && ch !== '"';
			const q = escapes ? "'" : ch;
			let j = escapes ? i + 2 : i + 1;
			let value = '';
			while (j < sql.length) {
				if (escapes && sql[j] === '\\') {
					value += sql.slice(j, j + 2);
					j += 2;
				} else if (sql[j] === q && sql[j + 1] === q) {
					value += q;
					j += 2;
				} else if (sql[j] === q) break;
				else value += sql[j++];
			}
			literals.push({ value, quote: q, before: code });
			code += q + q;
			text += q === '"' ? value : `'${value}'`;
			i = j + 1;
		} else if (ch === '$' && !inIdent && DOLLAR_TAG.test(sql.slice(i, i + 200))) {
			const tag = DOLLAR_TAG.exec(sql.slice(i, i + 200))![0];
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
 * Why the console refuses this SQL, in the page's language, or null when it may be sent to DuckDB.
 * Refuses: empty or oversized input, more than one statement, statements that touch files,
 * extensions or settings, table functions that read files or URLs, and file paths or URLs used
 * as tables.
 */
export function refusal(sql: string): string | null {
	if (!sql.trim()) return m.sqlEmpty();
	if (sql.length > MAX_SQL_LENGTH) return m.sqlTooLong(formatInteger(MAX_SQL_LENGTH));
	const { code, text, literals } = scan(sql);
	const statements = code.split(';').filter((s) => s.trim());
	if (statements.length === 0) return m.sqlEmpty();
	if (statements.length > 1) return m.sqlOneStatement();
	const first = /^\s*\(?\s*([a-z_]+)/i.exec(statements[0]!)?.[1]?.toLowerCase() ?? '';
	if (
		BLOCKED_STATEMENTS.has(first) ||
		/^\s*create\s+(or\s+replace\s+)?(persistent\s+|temporary\s+|temp\s+)?secret\b/i.test(code)
	)
		return m.sqlNotAllowed(quote(first.toUpperCase()));
	const fn = FILE_FUNCTIONS.exec(text);
	if (fn) return m.sqlNoFilesExample(quote(fn[1]!));
	for (const lit of literals) {
		const asTable = lit.quote !== '"' && /\b(from|join)\s*\(?\s*$/i.test(lit.before);
		if (asTable || PATH_LIKE.test(lit.value.trim())) return m.sqlNoFiles(quote(lit.value));
	}
	return null;
}

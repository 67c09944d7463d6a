import { describe, expect, it } from 'vitest';
import { MAX_SQL_LENGTH, refusal } from './sql-guard';

describe('refusal(sql)', () => {
	it.each([
		'SELECT count(*) FROM resultados',
		"SELECT * FROM iniciativas WHERE fuente LIKE 'https://www.elcolombiano.com/%'",
		"SELECT nombre FROM iniciativas WHERE departamento = 'Bogotá, D.C.' ORDER BY 1;",
		'WITH t AS (SELECT * FROM agregados_departamento) SELECT * FROM t',
		"SELECT 'from' AS palabra, 'a;b' AS texto -- read_csv('x') en un comentario",
		'FROM resultados SELECT indicador, count(*) GROUP BY ALL',
		'SELECT * FROM "resultados" r JOIN iniciativas USING (iniciativa_id)',
		'DESCRIBE resultados',
		'SELECT * FROM duckdb_tables()',
		"PRAGMA table_info('resultados')",
		'/* comentario */ (SELECT 1)'
	])('lets %s through', (sql) => {
		expect(refusal(sql)).toBeNull();
	});

	it.each([
		["SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')", 'read_csv'],
		["SELECT * FROM read_csv('/etc/passwd')", 'read_csv'],
		["select * from READ_PARQUET ('x.parquet')", 'READ_PARQUET'],
		['SELECT * FROM "read_json_auto"(\'a.json\')', 'read_json_auto'],
		["SELECT * FROM parquet_scan('a')", 'parquet_scan'],
		["SELECT * FROM glob('/*')", 'glob'],
		["SELECT * FROM query('SELECT * FROM read_text(''/etc/hosts'')')", 'query'],
		["SELECT * FROM sniff_csv('/etc/passwd')", 'sniff_csv']
	])('refuses the file/URL function in %s', (sql, name) => {
		expect(refusal(sql)).toContain(`no lee archivos ni URL («${name}»)`);
	});

	it.each([
		"SELECT * FROM '/etc/passwd'",
		"SELECT * FROM 'http://127.0.0.1:9/x'",
		'SELECT * FROM ( $$/etc/passwd$$ )',
		"SELECT * FROM resultados, 'datos.parquet'",
		'SELECT * FROM "../secreto.csv"',
		"SELECT * FROM resultados r JOIN 's3://bucket/x' USING (indicador)",
		"SELECT * FROM 'C:\\Users\\x'"
	])('refuses a file or URL used as a table: %s', (sql) => {
		expect(refusal(sql)).toMatch(/no lee archivos ni URL \(«.+»\): solo las tablas publicadas/);
	});

	it.each([
		["ATTACH '/tmp/x.db' AS x", 'ATTACH'],
		["COPY resultados TO '/tmp/x.csv'", 'COPY'],
		['INSTALL httpfs', 'INSTALL'],
		['FORCE INSTALL httpfs', 'FORCE'],
		['LOAD httpfs', 'LOAD'],
		['SET enable_external_access = true', 'SET'],
		['  reset lock_configuration', 'RESET'],
		["EXPORT DATABASE '/tmp/x'", 'EXPORT'],
		["CREATE SECRET s (TYPE s3, KEY_ID 'x')", 'CREATE']
	])('refuses the statement %s', (sql, word) => {
		expect(refusal(sql)).toBe(
			`La consola no permite «${word}»: solo consulta las tablas publicadas.`
		);
	});

	it.each([
		// E'' strings take backslash escapes: \' does not end them (the old scanner saw a string).
		["SELECT E'\\'' AS a, * FROM read_csv('/etc/passwd') --'", 'read_csv'],
		["SELECT e'\\\\\\'', * FROM read_text('/etc/hosts') --'", 'read_text'],
		// Block comments nest: the first */ does not end the outer one.
		["SELECT 1 /* /* */ ' */ , * FROM read_csv('/etc/passwd') --'", 'read_csv'],
		// A -- comment ends at a carriage return too.
		["SELECT 1 -- nada\r, * FROM read_csv('/etc/passwd')", 'read_csv'],
		// $ inside an identifier does not open a dollar quote.
		["SELECT 1 AS a$$b, * FROM read_csv('/etc/passwd') -- $$", 'read_csv'],
		// $1 is a parameter, not a tag.
		["SELECT $1$ , * FROM read_csv('/etc/passwd') -- $1$", 'read_csv']
	])('follows DuckDB lexical rules: %s is refused', (sql, name) => {
		expect(refusal(sql)).toContain(`«${name}»`);
	});

	it.each([
		"SELECT E'it\\'s' AS texto",
		'SELECT 1 /* a /* anidado */ sigue */ AS n',
		"SELECT $tag$ it's $$x$$ $tag$ AS texto",
		'SELECT "read_csv" FROM (SELECT 1 AS "read_csv")',
		'SELECT 1 AS "a""b"'
	])('keeps strings, nested comments and quoted names as DuckDB reads them: %s', (sql) => {
		expect(refusal(sql)).toBeNull();
	});

	it.each([
		['CREATE OR REPLACE TABLE resultados AS SELECT 1', 'CREATE'],
		['CREATE OR REPLACE MACRO sum(x) AS 0', 'CREATE'],
		['DROP TABLE resultados', 'DROP'],
		['UPDATE resultados SET valor = 0', 'UPDATE'],
		['DELETE FROM resultados', 'DELETE'],
		['INSERT INTO resultados SELECT * FROM resultados', 'INSERT'],
		['ALTER TABLE resultados RENAME TO x', 'ALTER'],
		['BEGIN', 'BEGIN'],
		['COMMIT', 'COMMIT'],
		['ABORT', 'ABORT'],
		['ROLLBACK', 'ROLLBACK'],
		['END', 'END'],
		['CHECKPOINT', 'CHECKPOINT'],
		['SET VARIABLE x = 1', 'SET'],
		['PREPARE p AS SELECT 1', 'PREPARE']
	])('refuses writes and transaction control: %s', (sql, word) => {
		expect(refusal(sql)).toBe(
			`La consola no permite «${word}»: solo consulta las tablas publicadas.`
		);
	});

	it('refuses empty, multi-statement and oversized input', () => {
		expect(refusal('   ')).toBe('Escriba una consulta SQL.');
		expect(refusal('-- solo un comentario')).toBe('Escriba una consulta SQL.');
		expect(refusal('SELECT 1; SELECT 2')).toMatch(/una sola consulta a la vez/);
		expect(refusal(`SELECT '${'x'.repeat(MAX_SQL_LENGTH)}'`)).toMatch(/demasiado larga/);
	});
});

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

	it('refuses empty, multi-statement and oversized input', () => {
		expect(refusal('   ')).toBe('Escriba una consulta SQL.');
		expect(refusal('-- solo un comentario')).toBe('Escriba una consulta SQL.');
		expect(refusal('SELECT 1; SELECT 2')).toMatch(/una sola consulta a la vez/);
		expect(refusal(`SELECT '${'x'.repeat(MAX_SQL_LENGTH)}'`)).toMatch(/demasiado larga/);
	});
});

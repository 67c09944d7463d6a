import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineFault } from './sql-errors';
import { LOCKDOWN, RUN_BEGIN, RUN_END, statementCount } from './sql-session';

const require = createRequire(import.meta.url);
const DIST = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));

/** The same DuckDB-WASM build the browser runs, in-process (blocking bindings, Node file system). */
async function openWasm() {
	const db = await duckdb.createDuckDB(
		{
			mvp: { mainModule: join(DIST, 'duckdb-mvp.wasm'), mainWorker: '' },
			eh: { mainModule: join(DIST, 'duckdb-eh.wasm'), mainWorker: '' }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate();
	db.open({});
	const conn = db.connect();
	// In Node an extension autoload attempt hangs: switch it off first, as the browser does.
	conn.query('SET autoload_known_extensions = false');
	conn.query('SET autoinstall_known_extensions = false');
	return Object.assign(conn, { db });
}

function error(run: () => unknown): string {
	try {
		run();
	} catch (e) {
		return e instanceof Error ? e.message : String(e);
	}
	return '';
}

describe('LOCKDOWN (the SQL console session settings)', () => {
	it('lets a table created before it be queried but refuses files and any change of setting', async () => {
		const conn = await openWasm();
		conn.query('CREATE TABLE t AS SELECT range AS x FROM range(3)');
		const passwd = "SELECT count(*) AS n FROM read_csv('/etc/passwd', header = false, sep = '|')";
		// Before the lock the same DuckDB can read a local file: the test would notice a no-op.
		expect(Number(conn.query(passwd).toArray()[0]!.n)).toBeGreaterThan(0);
		for (const s of LOCKDOWN) conn.query(s);
		expect(Number(conn.query('SELECT sum(x) AS s FROM t').toArray()[0]!.s)).toBe(3);
		expect(error(() => conn.query(passwd))).toMatch(/Permission Error|disabled/i);
		expect(error(() => conn.query("SELECT * FROM '/etc/passwd'"))).not.toBe('');
		expect(error(() => conn.query('SET enable_external_access = true'))).toMatch(
			/lock_configuration|locked/i
		);
		expect(error(() => conn.query('RESET lock_configuration'))).not.toBe('');
		expect(
			String(conn.query("SELECT current_setting('enable_external_access') AS v").toArray()[0]!.v)
		).toBe('false');
	});
});

describe('each console run is isolated (RUN_BEGIN … RUN_END on a fresh connection)', () => {
	it.each([
		'CREATE OR REPLACE TABLE t AS SELECT 1000 AS x',
		'CREATE OR REPLACE MACRO sum(x) AS 0',
		'DROP TABLE t',
		'EXPLAIN ANALYZE CREATE OR REPLACE TABLE t AS SELECT 1000 AS x',
		'WITH a AS (SELECT 1) DELETE FROM t',
		'COMMIT',
		'ABORT',
		'CHECKPOINT',
		'SET threads = 1',
		"SET search_path = 'temp'",
		'SET VARIABLE x = 1',
		'PREPARE p AS SELECT 1'
	])('after %s the next run sees the published table and functions', async (statement) => {
		const load = await openWasm();
		load.query('CREATE TABLE t AS SELECT range AS x FROM range(3)');
		for (const s of LOCKDOWN) load.query(s);
		const run = (sql: string) => {
			const c = load.db.connect();
			c.query(RUN_BEGIN);
			try {
				return c.query(sql).toArray();
			} finally {
				error(() => c.query(RUN_END));
				c.close();
			}
		};
		error(() => run(statement));
		expect(Number(run('SELECT sum(x) AS s, count(*) AS n FROM t')[0]!.s)).toBe(3);
		expect(Number(run('SELECT count(*) AS n FROM t')[0]!.n)).toBe(3);
		expect(run("SELECT getvariable('x') AS v")[0]!.v).toBeNull();
		expect(error(() => run('EXECUTE p'))).not.toBe('');
	});

	it("statementCount(sql, db.tokenize(sql)) counts as DuckDB does (E'' strings, nested comments)", async () => {
		const { db } = await openWasm();
		const count = (sql: string) => statementCount(sql, db.tokenize(sql));
		expect(count('SELECT 1')).toBe(1);
		expect(count('SELECT 1;')).toBe(1);
		expect(count('-- nada')).toBe(0);
		expect(count("SELECT E'\\'; DROP TABLE t; --'")).toBe(1);
		expect(count("SELECT E'\\'' ; DROP TABLE t --'")).toBe(2);
		expect(count('SELECT 1 /* /* */ ; */ ; SELECT 2')).toBe(2);
		expect(count('SELECT 1 /* /* */ ; */')).toBe(1);
		expect(count('CREATE TABLE x AS SELECT 1; COMMIT')).toBe(2);
	});

	it('a WASM trap is recognised as an engine fault; after it the instance is broken', async () => {
		const conn = await openWasm();
		const trap = error(() => conn.query("SELECT repeat('x', 4294967295)"));
		expect(engineFault(trap)).not.toBeNull();
		expect(error(() => conn.query('SELECT 1'))).not.toBe('');
		expect(engineFault('Binder Error: Referenced column "unreachable" not found')).toBeNull();
		expect(
			engineFault('Out of Memory Error: failed to allocate data of size 4.0 GiB')
		).not.toBeNull();
	});
});

import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCKDOWN } from './sql-session';

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
	return conn;
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

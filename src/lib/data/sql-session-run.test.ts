import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A fake DuckDB-WASM behind the connector: records statements, can hang or trap on demand. */
const h = vi.hoisted(() => {
	const state = {
		engines: 0,
		terminated: 0,
		log: [] as string[],
		/** The current engine's worker (DuckDB-WASM keeps it in `_worker`). */
		worker: null as EventTarget | null,
		/** What `send` does for a given SQL. */
		behave: (_sql: string): Promise<unknown> => Promise.resolve(null)
	};
	class FakeConnector {
		constructor(_base: string, _p: unknown) {}
		async ready() {
			const engine = ++state.engines;
			const mkConn = (name: string) => ({
				query: async (sql: string) => {
					state.log.push(`${engine}/${name}: ${sql}`);
					if (sql.startsWith('SELECT table_name')) return { toArray: () => [{ table_name: 't' }] };
					if (sql.includes('count(*)')) return { toArray: () => [{ t: 't', n: 3 }] };
					return { toArray: () => [] };
				},
				send: async (sql: string) => {
					state.log.push(`${engine}/${name}: send ${sql}`);
					await state.behave(sql);
					return null;
				},
				cancelSent: async () => {
					state.log.push(`${engine}/${name}: cancel`);
					return true;
				},
				close: async () => void state.log.push(`${engine}/${name}: close`)
			});
			let n = 0;
			const db = {
				connect: async () => mkConn(`c${++n}`),
				tokenize: async (sql: string) => {
					// Enough of DuckDB's tokenizer for these tests: words and `;`.
					const offsets: number[] = [];
					for (const m of sql.matchAll(/;|[^\s;]+/g)) offsets.push(m.index);
					return { offsets, types: offsets.map(() => 0) };
				},
				terminate: async () => void state.terminated++,
				_worker: new EventTarget()
			};
			state.worker = db._worker;
			return { db, conn: mkConn('carga') };
		}
		async load() {}
	}
	return { state, FakeConnector };
});

vi.mock('./wasm-connector', () => ({ WasmConnector: h.FakeConnector }));

const { CANCEL_GRACE_MS, EngineReset, SqlRefusal, SqlSession, loadProblems } =
	await import('./sql-session');

beforeEach(() => {
	h.state.engines = 0;
	h.state.terminated = 0;
	h.state.log = [];
	h.state.behave = () => Promise.resolve(null);
});

describe('SqlSession (isolation, cancel, faults) over a fake engine', () => {
	it('run(sql) executes on a fresh connection inside BEGIN … ROLLBACK, then closes it', async () => {
		const s = new SqlSession('', ['t']);
		await s.run('SELECT 1');
		await s.run('SELECT 2');
		const user = h.state.log.filter((l) => !l.includes('carga'));
		expect(user).toEqual([
			'1/c1: BEGIN TRANSACTION',
			'1/c1: send SELECT 1',
			'1/c1: ROLLBACK',
			'1/c1: close',
			'1/c2: BEGIN TRANSACTION',
			'1/c2: send SELECT 2',
			'1/c2: ROLLBACK',
			'1/c2: close'
		]);
	});

	it('run() refuses what DuckDB tokenizes as two statements, before any connection', async () => {
		const s = new SqlSession('', ['t']);
		await expect(s.run('CREATE TABLE x AS SELECT 1; COMMIT')).rejects.toBeInstanceOf(SqlRefusal);
		expect(h.state.log.some((l) => l.includes('send'))).toBe(false);
	});

	it('cancel() of a call that never yields terminates the worker within the grace period; the next run uses a new engine', async () => {
		h.state.behave = (sql) =>
			sql.includes('levenshtein') ? new Promise(() => {}) : Promise.resolve();
		const s = new SqlSession('', ['t']);
		const running = s.run("SELECT levenshtein(repeat('a', 80000), repeat('b', 80000))");
		const settled = running.catch((e: unknown) => e);
		await vi.waitFor(() => expect(h.state.log.some((l) => l.includes('send'))).toBe(true));
		const t0 = Date.now();
		await s.cancel();
		const error = await settled;
		expect(Date.now() - t0).toBeLessThan(CANCEL_GRACE_MS + 500);
		expect(error).toBeInstanceOf(EngineReset);
		expect((error as Error).message).toMatch(/^Consulta cancelada: el motor no respondía/);
		expect(h.state.log).toContain('1/c1: cancel');
		expect(h.state.terminated).toBe(1);
		await s.run('SELECT 42');
		expect(h.state.engines).toBe(2);
		expect(h.state.log.at(-3)).toBe('2/c1: send SELECT 42');
	});

	it('a WASM trap resets the engine with a Spanish message, and the next query works on a new one', async () => {
		h.state.behave = (sql) =>
			sql.includes('repeat')
				? Promise.reject(new Error('RuntimeError: memory access out of bounds'))
				: Promise.resolve();
		const s = new SqlSession('', ['t']);
		const error = await s.run("SELECT repeat('x', 4294967295)").catch((e: unknown) => e);
		expect(error).toBeInstanceOf(EngineReset);
		expect((error as Error).message).toMatch(/^El motor de la consola falló .* y se reinició/);
		expect(h.state.terminated).toBe(1);
		await expect(s.run('SELECT 42')).resolves.toMatchObject({ batches: [] });
		expect(h.state.engines).toBe(2);
	});

	it('a worker that dies mid-query ends the run with a Spanish message and a new engine', async () => {
		h.state.behave = (sql) => (sql.includes('pesada') ? new Promise(() => {}) : Promise.resolve());
		const s = new SqlSession('', ['t']);
		const settled = s.run('SELECT pesada()').catch((e: unknown) => e);
		await vi.waitFor(() => expect(h.state.log.some((l) => l.includes('send'))).toBe(true));
		h.state.worker!.dispatchEvent(
			Object.assign(new Event('error', { cancelable: true }), { message: 'Out of memory' })
		);
		const error = await settled;
		expect(error).toBeInstanceOf(EngineReset);
		expect((error as Error).message).toBe(
			'El motor de la consola falló (memoria insuficiente: Out of memory) y se reinició; las tablas publicadas se cargan de nuevo.'
		);
		await expect(s.run('SELECT 42')).resolves.toMatchObject({ batches: [] });
		expect(h.state.engines).toBe(2);
	});

	it('an ordinary DuckDB error keeps the engine', async () => {
		h.state.behave = () =>
			Promise.reject(new Error('Binder Error: column "unreachable" not found'));
		const s = new SqlSession('', ['t']);
		await expect(s.run('SELECT unreachable')).rejects.not.toBeInstanceOf(EngineReset);
		expect(h.state.terminated).toBe(0);
		expect(h.state.log.at(-2)).toBe('1/c1: ROLLBACK');
	});
});

describe('loadProblems (what the console says about its tables)', () => {
	const expected = [
		{ tabla: 'resultados', filas: 4159 },
		{ tabla: 'iniciativas', filas: 84 },
		{ tabla: 'ediciones', filas: 5 }
	];

	it('loadProblems() names a table that failed and one that arrived short; a complete one is silent', () => {
		expect(
			loadProblems(
				{
					filas: { resultados: 4159, iniciativas: 40 },
					fallas: [{ tabla: 'ediciones', mensaje: 'La tabla «ediciones» está dañada.' }]
				},
				expected
			)
		).toEqual([
			'La tabla «iniciativas» llegó incompleta o dañada: 40 de 84 filas. Sus resultados no son fiables; recargue la página.',
			'La tabla «ediciones» está dañada. La consola funciona sin ella.'
		]);
		expect(
			loadProblems(
				{ filas: { resultados: 4159, iniciativas: 84, ediciones: 5 }, fallas: [] },
				expected
			)
		).toEqual([]);
	});
});

import type { RecordBatch } from 'apache-arrow';
import { formatInteger } from '../format/number';
import * as m from '../i18n/messages/data';
import { resultColumns, resultRows, type ResultColumn } from './result-table';
import { CANCELLED, describeSqlError, isInterrupt, plainMessage } from './sql-errors';
import { refusal } from './sql-guard';
import {
	EngineReset,
	loadProblems,
	SqlRefusal,
	type LoadedTable,
	type SqlSession
} from './sql-session';

export type { LoadedTable } from './sql-session';

export type ConsoleStatus = 'inactivo' | 'cargando' | 'listo' | 'ejecutando' | 'error';

/** Rows drawn in the result table; the CSV download has them all. */
export const MAX_SHOWN_ROWS = 1000;

/** A query's answer as the console shows it. */
export interface ConsoleResult {
	sql: string;
	columns: ResultColumn[];
	/** The first MAX_SHOWN_ROWS rows. */
	rows: ReturnType<typeof resultRows>;
	total: number;
	ms: number;
	/** Every row, still as Arrow, for the CSV download. */
	batches: RecordBatch[];
}

/**
 * The SQL console's state: loading the locked session, running one query at a time, cancelling,
 * and what to show (result, DuckDB error in the page's language, refusal or "Consulta cancelada"). When the
 * engine has to be restarted (trap, out of memory, a Cancel it did not obey) the console says so
 * and loads again by itself.
 */
export class SqlConsole {
	status = $state<ConsoleStatus>('inactivo');
	progress = $state('');
	loadError = $state<string | null>(null);
	/** Tables that failed to load or arrived incomplete, in the page's language (naming the file). */
	problems = $state<string[]>([]);
	/** What DuckDB really holds, per published table (null until loaded). */
	loaded = $state.raw<LoadedTable[] | null>(null);
	result = $state.raw<ConsoleResult | null>(null);
	/** Why the last run produced no result (refusal, DuckDB error, cancellation or restart). */
	message = $state<string | null>(null);
	cancelling = $state(false);
	#seq = 0;
	#disposed = false;
	#starting: Promise<boolean> | null = null;
	/** The run in flight: a new run waits for it to stop (one connection runs one query). */
	#current: Promise<void> | null = null;

	constructor(
		private session: SqlSession,
		private expected: { tabla: string; filas: number }[]
	) {
		let loaded = 0;
		session.onProgress = (phase, table) => {
			if (phase === 'motor') {
				loaded = 0;
				this.progress = m.progressLoadingEngine();
			} else
				this.progress = m.progressLoadingTables(
					formatInteger(++loaded),
					formatInteger(this.expected.length),
					table ?? ''
				);
		};
	}

	/** Loads the engine and every table, then locks the session; resolves when queries can run. */
	start(): Promise<boolean> {
		if (this.status === 'listo' || this.status === 'ejecutando') return Promise.resolve(true);
		this.#starting ??= this.#start().finally(() => (this.#starting = null));
		return this.#starting;
	}

	async #start(): Promise<boolean> {
		this.status = 'cargando';
		try {
			const inv = await this.session.open();
			this.loaded = this.expected.map(({ tabla, filas }) => ({
				tabla,
				esperadas: filas,
				filas: inv.filas[tabla] ?? null
			}));
			this.problems = loadProblems(inv, this.expected);
			this.status = 'listo';
			this.loadError = null;
			this.progress = '';
			return true;
		} catch (e) {
			this.status = 'error';
			this.loadError = e instanceof Error ? e.message : String(e);
			return false;
		}
	}

	/**
	 * Runs one statement. A run started while another is in flight (an example picked, a second
	 * Ejecutar) first cancels the older one; only the newest answer is shown.
	 */
	async run(sql: string): Promise<void> {
		const refused = refusal(sql);
		if (refused) {
			this.message = refused;
			this.result = null;
			return;
		}
		const seq = ++this.#seq;
		if (this.#current) {
			await this.session.cancel();
			await this.#current;
			if (seq !== this.#seq) return;
		}
		if (!(await this.start()) || seq !== this.#seq) return;
		const current = this.#execute(sql, seq);
		this.#current = current;
		await current;
		if (this.#current === current) this.#current = null;
	}

	async #execute(sql: string, seq: number): Promise<void> {
		this.status = 'ejecutando';
		this.message = null;
		let restart = false;
		try {
			const { batches, ms } = await this.session.run(sql);
			if (seq !== this.#seq) return;
			const columns = resultColumns(batches[0]);
			const total = batches.reduce((n, b) => n + b.numRows, 0);
			const rows = resultRows(batches, columns, MAX_SHOWN_ROWS);
			this.result = { sql, columns, rows, total, ms, batches };
		} catch (e) {
			restart = e instanceof EngineReset;
			if (seq !== this.#seq && !restart) return;
			const text = plainMessage(e instanceof Error ? e.message : String(e));
			if (e instanceof SqlRefusal || restart) this.message = text;
			else this.message = this.cancelling || isInterrupt(text) ? CANCELLED() : describeSqlError(e);
			this.result = null;
		} finally {
			this.cancelling = false;
			if (restart) {
				this.status = 'inactivo';
				this.loaded = null;
				// A page that is gone loads nothing; the next visit starts the new engine.
				if (!this.#disposed) void this.start();
			} else if (seq === this.#seq) this.status = 'listo';
		}
	}

	/**
	 * Stops the running query within about a second: DuckDB's interrupt, or else a restart of the
	 * console's engine. The console shows "Consulta cancelada" and is ready again.
	 */
	async cancel(): Promise<void> {
		if (this.status !== 'ejecutando') return;
		this.cancelling = true;
		await this.session.cancel();
	}

	/** The page is leaving: stop a running query (the session, shared per tab, stays). */
	dispose(): void {
		this.#disposed = true;
		void this.cancel();
	}
}

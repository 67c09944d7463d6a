import type { RecordBatch } from 'apache-arrow';
import { formatInteger } from '../format/number';
import { resultColumns, resultRows, type ResultColumn } from './result-table';
import { CANCELLED, describeSqlError, isInterrupt, plainMessage } from './sql-errors';
import { refusal } from './sql-guard';
import type { SqlSession } from './sql-session';

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
 * and what to show (result, DuckDB error in Spanish, refusal or "Consulta cancelada").
 */
export class SqlConsole {
	status = $state<ConsoleStatus>('inactivo');
	progress = $state('');
	loadError = $state<string | null>(null);
	result = $state.raw<ConsoleResult | null>(null);
	/** Why the last run produced no result (refusal, DuckDB error or cancellation). */
	message = $state<string | null>(null);
	cancelling = $state(false);
	#seq = 0;
	/** The run in flight: a new run waits for it to stop (one connection runs one query). */
	#current: Promise<void> | null = null;

	constructor(
		private session: SqlSession,
		private tableCount: number
	) {
		let loaded = 0;
		session.onProgress = (phase, table) => {
			if (phase === 'motor') this.progress = 'Cargando el motor de consultas (DuckDB-WASM)…';
			else
				this.progress = `Cargando tablas: ${formatInteger(++loaded)} de ${formatInteger(this.tableCount)} (${table})…`;
		};
	}

	/** Loads the engine and every table, then locks the session; resolves when queries can run. */
	async start(): Promise<boolean> {
		if (this.status === 'listo' || this.status === 'ejecutando') return true;
		this.status = 'cargando';
		try {
			await this.session.open();
			this.status = 'listo';
			this.progress = '';
			return true;
		} catch (e) {
			this.status = 'error';
			this.loadError = e instanceof Error ? e.message : String(e);
			return false;
		}
	}

	/**
	 * Runs one statement. A run started while another is in flight (a link followed, back/forward)
	 * first cancels the older one; only the newest answer is shown.
	 */
	async run(sql: string): Promise<void> {
		const refused = refusal(sql);
		if (refused) {
			this.message = refused;
			return;
		}
		if (!(await this.start())) return;
		const seq = ++this.#seq;
		if (this.#current) {
			await this.session.cancel();
			await this.#current;
			if (seq !== this.#seq) return;
		}
		const current = this.#execute(sql, seq);
		this.#current = current;
		await current;
		if (this.#current === current) this.#current = null;
	}

	async #execute(sql: string, seq: number): Promise<void> {
		this.status = 'ejecutando';
		this.message = null;
		try {
			const { batches, ms } = await this.session.run(sql);
			if (seq !== this.#seq) return;
			const columns = resultColumns(batches[0]);
			const total = batches.reduce((n, b) => n + b.numRows, 0);
			const rows = resultRows(batches, columns, MAX_SHOWN_ROWS);
			this.result = { sql, columns, rows, total, ms, batches };
		} catch (e) {
			if (seq !== this.#seq) return;
			const text = plainMessage(e instanceof Error ? e.message : String(e));
			this.message = this.cancelling || isInterrupt(text) ? CANCELLED : describeSqlError(e);
			this.result = null;
		} finally {
			if (seq === this.#seq) {
				this.status = 'listo';
				this.cancelling = false;
			}
		}
	}

	/** Stops the running query; the console shows "Consulta cancelada" and is ready again. */
	async cancel(): Promise<void> {
		if (this.status !== 'ejecutando') return;
		this.cancelling = true;
		await this.session.cancel();
	}
}

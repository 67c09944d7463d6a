const QUOTE = 34;
const LF = 10;
const CR = 13;

const enum State {
	/** At the start of a field. */
	Start,
	/** Inside an unquoted field. */
	Plain,
	/** Inside quotes. */
	Quoted,
	/** Just saw a quote inside quotes: either `""` or the closing quote. */
	QuoteSeen,
	/** After the closing quote: Excel keeps any stray text up to the delimiter. */
	AfterQuoted
}

/**
 * Incremental RFC 4180 / Excel CSV parser over decoded text chunks. Records come out as arrays
 * of raw field strings; quoted fields may span lines and chunks. Spans are sliced, not built
 * character by character, so a large file parses at close to scan speed.
 */
export class CsvParser {
	#delim: number;
	#state = State.Start;
	#field = '';
	#fields: string[] = [];
	#skipLf = false;

	constructor(delimiter: string) {
		this.#delim = delimiter.charCodeAt(0);
	}

	/** Parses a chunk and calls `emit` for every record it completes. */
	push(chunk: string, emit: (fields: string[]) => void): void {
		const n = chunk.length;
		const d = this.#delim;
		let i = 0;
		if (this.#skipLf && n > 0) {
			if (chunk.charCodeAt(0) === LF) i = 1;
			this.#skipLf = false;
		}
		let start = i;
		while (i < n) {
			const state = this.#state;
			if (state === State.Quoted) {
				const j = chunk.indexOf('"', i);
				if (j < 0) {
					this.#field += chunk.slice(i);
					return;
				}
				this.#field += chunk.slice(i, j);
				this.#state = State.QuoteSeen;
				i = j + 1;
				continue;
			}
			if (state === State.QuoteSeen) {
				if (chunk.charCodeAt(i) === QUOTE) {
					this.#field += '"';
					this.#state = State.Quoted;
					i++;
					continue;
				}
				this.#state = State.AfterQuoted;
				start = i;
			}
			if (this.#state === State.Start) {
				if (chunk.charCodeAt(i) === QUOTE) {
					this.#state = State.Quoted;
					i++;
					continue;
				}
				this.#state = State.Plain;
				start = i;
			}
			// Plain or AfterQuoted: scan to the next delimiter or line end.
			let c = 0;
			while (i < n) {
				c = chunk.charCodeAt(i);
				if (c === d || c === LF || c === CR) break;
				i++;
			}
			this.#field += chunk.slice(start, i);
			if (i >= n) return;
			this.#fields.push(this.#field);
			this.#field = '';
			this.#state = State.Start;
			i++;
			if (c !== d) {
				if (c === CR) {
					if (i < n) {
						if (chunk.charCodeAt(i) === LF) i++;
					} else this.#skipLf = true;
				}
				emit(this.#fields);
				this.#fields = [];
			}
			start = i;
		}
	}

	/**
	 * Ends the input: emits the last record if the file does not end with a newline. Returns
	 * false if the file ends inside quotes.
	 */
	end(emit: (fields: string[]) => void): boolean {
		const open = this.#state === State.Quoted;
		if (this.#state !== State.Start || this.#fields.length > 0) {
			this.#fields.push(this.#field);
			emit(this.#fields);
		}
		this.#fields = [];
		this.#field = '';
		this.#state = State.Start;
		return !open;
	}
}

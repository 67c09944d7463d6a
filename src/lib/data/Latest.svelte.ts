/**
 * The one query lifecycle of the site: a view asks for the answer to some arguments, and this
 * class shows the newest answer only (an older one that arrives late is dropped), caches answers
 * (bounded, least recently used first out), shares a request already in flight, forgets failures
 * so that asking again retries, and exposes `loading / error / data` for the markup.
 * A `run` that can answer synchronously (from memory) is shown in the same tick, with no loading
 * state in between.
 */
export class Latest<A, V> {
	/** The answer shown (the initial one until a request is answered). */
	data = $state.raw() as V;
	/** The arguments `data` answers (differs from the last request while loading). */
	shown = $state.raw() as A;
	loading = $state(false);
	error = $state<string | null>(null);
	#seq = 0;
	#pending: string | null = null;
	#shownKey: string;
	// Plain maps: read only by request()/fetch(), never by markup.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#done = new Map<string, V>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#inFlight = new Map<string, Promise<V>>();

	constructor(
		private run: (args: A) => V | Promise<V>,
		private key: (args: A) => string,
		initial: { args: A; data: V },
		private cacheSize = 24
	) {
		this.data = initial.data;
		this.shown = initial.args;
		this.#shownKey = key(initial.args);
		this.#remember(this.#shownKey, initial.data);
	}

	#remember(k: string, v: V) {
		this.#done.delete(k);
		this.#done.set(k, v);
		if (this.#done.size > this.cacheSize) this.#done.delete(this.#done.keys().next().value!);
	}

	/** The answer for `args`, from the cache or by running (shared while in flight); not shown. */
	fetch(args: A): V | Promise<V> {
		const k = this.key(args);
		if (this.#done.has(k)) return this.#done.get(k)!;
		let p = this.#inFlight.get(k);
		if (!p) {
			let out: V | Promise<V>;
			try {
				out = this.run(args);
			} catch (e) {
				return Promise.reject(e);
			}
			if (!(out instanceof Promise)) {
				this.#remember(k, out);
				return out;
			}
			p = out.then(
				(v) => {
					this.#remember(k, v);
					return v;
				},
				(e: unknown) => {
					throw e;
				}
			);
			const settled = () => this.#inFlight.delete(k);
			p.then(settled, settled);
			this.#inFlight.set(k, p);
		}
		return p;
	}

	/** The cached answer for `args`, if there is one (nothing is run). */
	peek(args: A): V | undefined {
		return this.#done.get(this.key(args));
	}

	/**
	 * Shows the answer for `args` once it is there, unless a newer request came first. Asking for
	 * what is shown or already loading does nothing; a failure keeps the previous answer shown and
	 * sets `error` (in the reader's language: the sources throw Spanish messages).
	 */
	async request(args: A): Promise<void> {
		const k = this.key(args);
		if (k === this.#pending) return;
		if (k === this.#shownKey && !this.loading && !this.error) return;
		const seq = ++this.#seq;
		const answer = this.fetch(args);
		if (!(answer instanceof Promise)) return this.#show(seq, k, args, answer);
		this.#pending = k;
		this.loading = true;
		try {
			this.#show(seq, k, args, await answer);
		} catch (e) {
			if (seq !== this.#seq) return;
			this.#pending = null;
			this.error = e instanceof Error ? e.message : String(e);
			this.loading = false;
		}
	}

	#show(seq: number, k: string, args: A, v: V) {
		if (seq !== this.#seq) return;
		this.#pending = null;
		this.#shownKey = k;
		this.data = v;
		this.shown = args;
		this.error = null;
		this.loading = false;
	}
}

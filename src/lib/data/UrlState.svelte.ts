import { untrack } from 'svelte';

/** How a page's state lives in the query string: read (with notices in the page's language) and written. */
export interface UrlCodec<S> {
	parse(params: URLSearchParams): { state: S; notices: string[] };
	/** `''` or `?a=b…`, in a stable order. */
	serialize(state: S): string;
}

/** The router, passed in by the route (`$lib` never imports `$app/*`). */
export interface UrlNavigator {
	/** The page's path, without query string (from `resolve()`). */
	path: string;
	go(
		url: string,
		opts: { replaceState: boolean; keepFocus: true; noScroll: true }
	): Promise<unknown>;
	/** The query string the browser shows now. */
	current(): string;
}

/**
 * The one URL ⇄ state helper. A control change is applied to the view at once and written to
 * the URL afterwards (after the next frame, so the router's history and scroll work never delays
 * the view; typing is written once it pauses, replacing the entry instead of adding one). URL
 * changes that come from outside (first load, links, back/forward) are parsed and applied, with
 * notices for bad parameters; the helper ignores its own writes, including while several are in
 * flight, so a quick series of changes never bounces back to an older state.
 */
export class UrlState<S> {
	/** Notices (page's language) about the parameters of the last URL read from outside. */
	notices = $state<string[]>([]);
	#written: string | null = null;
	#inFlight = 0;
	#queued: { state: S; replace: boolean } | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#framePending = false;

	constructor(
		private codec: UrlCodec<S>,
		private nav: UrlNavigator,
		private apply: (state: S) => void
	) {}

	/** URL → state. Call from an effect on the page's URL, after hydration. */
	read(params: URLSearchParams, search: string): void {
		if (this.#inFlight > 0 || this.#queued || search === this.#written) return;
		this.#written = null;
		const parsed = this.codec.parse(params);
		// Only the URL is a dependency of the caller's effect, not what applying reads.
		untrack(() => {
			this.notices = parsed.notices;
			this.apply(parsed.state);
		});
	}

	/** A control changed: the view gets `state` now, the URL follows. */
	change(state: S, opts: { typing?: boolean } = {}): void {
		this.apply(state);
		this.notices = []; // the URL the change leads to is valid: earlier notices no longer apply
		clearTimeout(this.#timer);
		this.#queued = { state, replace: !!opts.typing };
		if (opts.typing) this.#timer = setTimeout(() => this.#flush(), 300);
		else if (!this.#framePending) {
			this.#framePending = true;
			requestAnimationFrame(() =>
				setTimeout(() => {
					this.#framePending = false;
					this.#flush();
				})
			);
		}
	}

	#flush() {
		const q = this.#queued;
		this.#queued = null;
		if (!q) return;
		const qs = this.codec.serialize(q.state);
		if (qs === this.nav.current()) return;
		this.#written = qs;
		this.#inFlight++;
		void this.nav
			.go(`${this.nav.path}${qs}`, { replaceState: q.replace, keepFocus: true, noScroll: true })
			.finally(() => this.#inFlight--);
	}

	/** Stops a pending write (the page is going away). */
	dispose(): void {
		clearTimeout(this.#timer);
		this.#queued = null;
	}
}

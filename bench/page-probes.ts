/**
 * Code that runs inside the page (passed to Playwright's addInitScript / evaluate). Kept free of
 * imports: Playwright serialises these functions and runs them in the browser.
 */

/** Installed before the document loads: the time the map's 33 departments were first painted. */
export function installMapProbe(): void {
	const w = window as unknown as { __benchMapa?: number };
	const frame = () => {
		const n = document.querySelectorAll('[data-testid="mapa"] path[data-divipola]').length;
		// Present in this frame: the next frame's start means it has been painted.
		if (n >= 33) requestAnimationFrame((t) => (w.__benchMapa = t));
		else requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
}

/** What one control change does. `name` is the department's heading text for `depto`. */
export interface Action {
	control: 'indicador' | 'edicion' | 'sector' | 'depto';
	value: string;
	name?: string;
}

export interface ChangeTiming {
	/** From the change event to the DOM showing the new map, legend, summary and panel. */
	dom: number;
	/**
	 * From the change event to the map, legend and national figure showing the new view (the
	 * department panel, when open, may still be reading its initiatives). Null for department clicks.
	 */
	mapa: number | null;
	/** From the change event to the next frame after that (≈ painted). */
	frame: number;
}

/**
 * Performs one change in the page and resolves when the view has settled: the map is not busy,
 * its title changed (or, for a department, the panel shows that department), and the department
 * panel, if open, is not busy. A state must survive one macrotask to count as settled, because a
 * settled-looking DOM can be followed by a flush that starts the panel's query.
 */
export function performChange(args: { action: Action; timeoutMs: number }): Promise<ChangeTiming> {
	const { action, timeoutMs } = args;
	const grid = document.querySelector('.grid');
	const titleEl = document.querySelector('[data-testid="titulo-mapa"]');
	const root = document.querySelector('#contenido');
	if (!grid || !titleEl || !root) return Promise.reject(new Error('la página no tiene el mapa'));
	const before = titleEl.textContent;
	const panel = () => document.querySelector('[data-testid="panel-departamento"]');
	const settled = () => {
		if (grid.getAttribute('aria-busy') !== 'false') return false;
		const p = panel();
		if (p && p.getAttribute('aria-busy') !== 'false') return false;
		if (action.control === 'depto') return p?.querySelector('h3')?.textContent === action.name;
		return titleEl.textContent !== before;
	};
	const macrotask = () =>
		new Promise<void>((r) => {
			const c = new MessageChannel();
			c.port1.onmessage = () => r();
			c.port2.postMessage(0);
		});
	const mapDone = () =>
		action.control !== 'depto' &&
		grid.getAttribute('aria-busy') === 'false' &&
		titleEl.textContent !== before;
	return new Promise((resolve, reject) => {
		let t1: number | null = null;
		let tMap: number | null = null;
		let finished = false;
		const mo = new MutationObserver(() => check());
		const timer = setTimeout(() => {
			finished = true;
			mo.disconnect();
			reject(new Error(`sin respuesta en ${timeoutMs} ms a ${action.control}=${action.value}`));
		}, timeoutMs);
		function check() {
			if (tMap === null && mapDone()) tMap = performance.now();
			if (finished || t1 !== null || !settled()) return;
			t1 = performance.now();
			void macrotask().then(() => {
				if (finished) return;
				if (!settled()) {
					t1 = null;
					return;
				}
				finished = true;
				mo.disconnect();
				clearTimeout(timer);
				const dom = t1! - t0;
				const mapa = tMap === null ? null : tMap - t0;
				requestAnimationFrame(() =>
					macrotask().then(() => resolve({ dom, mapa, frame: performance.now() - t0 }))
				);
			});
		}
		mo.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
		const t0 = performance.now();
		if (action.control === 'depto') {
			const path = document.querySelector(
				`[data-testid="mapa"] path[data-divipola="${action.value}"]`
			);
			path?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
		} else {
			const select = document.getElementById(action.control) as HTMLSelectElement | null;
			if (!select) return reject(new Error(`no hay control #${action.control}`));
			select.value = action.value;
			select.dispatchEvent(new Event('change', { bubbles: true }));
		}
		// An answer from memory is applied in the same task: nothing to observe afterwards.
		check();
	});
}

/** The options the page offers, read from its controls and its table alternative. */
export function readOptions() {
	const values = (sel: string) =>
		[...document.querySelectorAll<HTMLOptionElement>(`${sel} option`)].map((o) => o.value);
	const selected = (id: string) => (document.getElementById(id) as HTMLSelectElement).value;
	return {
		indicador: values('#indicador'),
		edicion: values('#edicion'),
		sector: values('#sector'),
		depto: [
			...document.querySelectorAll<HTMLTableRowElement>(
				'[data-testid="tabla-departamentos"] tr[data-divipola]'
			)
		].map((tr) => ({
			value: tr.dataset.divipola!,
			name: tr.querySelector('th')?.textContent?.trim() ?? ''
		})),
		initial: {
			indicador: selected('indicador'),
			edicion: selected('edicion'),
			sector: selected('sector')
		}
	};
}

/** Navigation timings and paint entries of the current document. */
export function readTimings() {
	const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
	const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
	const duck = performance.getEntriesByName('tablero:duckdb-listo')[0]?.startTime ?? null;
	const hydrated = performance.getEntriesByName('tablero:hidratado')[0]?.startTime ?? null;
	return {
		timeOrigin: performance.timeOrigin,
		fcp,
		mapa: (window as unknown as { __benchMapa?: number }).__benchMapa ?? null,
		domContentLoaded: nav.domContentLoadedEventEnd,
		load: nav.loadEventEnd,
		hidratado: hydrated,
		duckdb: duck
	};
}

/** Download + ingest time of each table the engine loaded (measures from wasm-connector.ts). */
export function readTableLoads() {
	return performance
		.getEntriesByType('measure')
		.filter((m) => m.name.startsWith('tablero:tabla:'))
		.map((m) => ({
			tabla: m.name.slice('tablero:tabla:'.length),
			inicio: m.startTime,
			ms: m.duration
		}));
}

/**
 * Duration of every read: Parquet scans in the page (`parquet/source.ts`, named `parquet <tabla>`)
 * and engine queries (`wasm-connector.ts`, named by the tables they read).
 */
export function readQueries() {
	return performance
		.getEntriesByType('measure')
		.filter((m) => m.name.startsWith('tablero:consulta:') || m.name.startsWith('tablero:parquet:'))
		.map((m) => ({
			tablas: m.name.startsWith('tablero:parquet:')
				? `parquet ${m.name.slice('tablero:parquet:'.length)}`
				: m.name.slice('tablero:consulta:'.length),
			ms: m.duration
		}));
}

/**
 * Installed before the document loads: the time (ms from navigation) when the map first showed,
 * not busy, the view whose indicator is `indicador` (a shared link's own view).
 */
export function installLinkProbe(indicador: string): void {
	const w = window as unknown as { __benchEnlace?: number };
	const check = () => {
		if (w.__benchEnlace !== undefined) return;
		const grid = document.querySelector('.grid');
		const select = document.querySelector<HTMLSelectElement>('#indicador');
		if (grid?.getAttribute('aria-busy') === 'false' && select?.value === indicador)
			requestAnimationFrame((t) => (w.__benchEnlace ??= t));
	};
	new MutationObserver(check).observe(document, {
		subtree: true,
		childList: true,
		attributes: true
	});
}

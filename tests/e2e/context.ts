/** Values the global setup hands to every e2e test file through vitest's `provide` / `inject`. */
declare module 'vitest' {
	export interface ProvidedContext {
		/** Origin of the site under test, without a trailing slash, e.g. `http://127.0.0.1:41234`. */
		baseURL: string;
		/** WebSocket endpoint of the shared Chromium started by the global setup. */
		browserWSEndpoint: string;
	}
}

export {};

import { sveltekit } from '@sveltejs/kit/vite';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { basePath } from './scripts/lib/app-version.js';
import { securityHeaders } from './scripts/lib/security-headers.ts';

// The engine's uncompressed size, so the page can show its download progress in network bytes.
const wasmBytes = statSync(
	createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm')
).size;

// The sub-folder the site is served under (svelte.config.js reads the same variable).
const base = basePath(process.env.TABLERO_BASE);

export default defineConfig({
	define: { __DUCKDB_WASM_BYTES__: String(wasmBytes) },
	plugins: [
		sveltekit(),
		{
			name: 'tablero-security-headers',
			configurePreviewServer(server) {
				server.middlewares.use((req, res, next) => {
					for (const [k, v] of Object.entries(securityHeaders(req.url ?? '/', base)))
						res.setHeader(k, v);
					next();
				});
			}
		}
	],
	// SvelteKit's plugin sets preview.cors = { preflightContinue: true }, which the cors package
	// reads as origin '*'; an empty allow-list sends no Access-Control-Allow-Origin at all.
	preview: { cors: { origin: [] } },
	worker: { format: 'es' },
	build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
	test: {
		include: [
			'src/**/*.test.ts',
			'scripts/**/*.test.ts',
			'bench/**/*.test.ts',
			'tests/unit/**/*.test.ts'
		],
		// Minutes-long input-size tests: `npm run test:large` (scripts/vitest.large.config.ts).
		exclude: ['**/node_modules/**', '**/*.large.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 60_000,
		env: { TZ: 'America/Bogota' }
	}
});

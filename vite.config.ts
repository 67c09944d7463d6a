import { sveltekit } from '@sveltejs/kit/vite';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { securityHeaders } from './scripts/lib/security-headers.ts';

// The engine's uncompressed size, so the page can show its download progress in network bytes.
const wasmBytes = statSync(
	createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm')
).size;

export default defineConfig({
	define: { __DUCKDB_WASM_BYTES__: String(wasmBytes) },
	plugins: [
		sveltekit(),
		{
			name: 'tablero-security-headers',
			configurePreviewServer(server) {
				server.middlewares.use((req, res, next) => {
					for (const [k, v] of Object.entries(securityHeaders(req.url ?? '/'))) res.setHeader(k, v);
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

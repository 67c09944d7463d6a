import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** End-to-end tests: the built site served by `vite preview`, driven with Chromium. */
export default defineConfig({
	root,
	// Tests may import site modules to compute expected values; those use SvelteKit's `$lib`.
	resolve: { alias: { $lib: `${root}src/lib` } },
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		setupFiles: ['tests/e2e/setup.ts'],
		environment: 'node',
		// One browser, one server, one file at a time: the machine has 2 cores and timings matter.
		pool: 'forks',
		fileParallelism: false,
		maxWorkers: 1,
		testTimeout: 60_000,
		hookTimeout: 60_000,
		teardownTimeout: 20_000,
		env: { TZ: 'America/Bogota' }
	}
});

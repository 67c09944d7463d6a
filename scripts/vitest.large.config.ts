import { defineConfig } from 'vitest/config';

/** `npm run test:large`: the data build on inputs of hundreds of MB (slow; run by .ci/run). */
export default defineConfig({
	test: {
		include: ['scripts/**/*.large.test.ts'],
		environment: 'node',
		// One at a time: each test measures a child process's memory and time on 2 cores.
		fileParallelism: false,
		testTimeout: 600_000,
		hookTimeout: 120_000,
		env: { TZ: 'America/Bogota' }
	}
});

// `npm run test:e2e [-- vitest args]`: runs vitest with the e2e config and exits with its code.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingPrerequisites } from './preflight.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const problems = missingPrerequisites(root);
if (problems.length) {
	for (const problem of problems) console.error(`e2e: ${problem}`);
	process.exit(1);
}

const vitest = join(
	dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
	'vitest.mjs'
);

const child = spawn(
	process.execPath,
	[vitest, 'run', '--config', 'tests/e2e/vitest.config.ts', ...process.argv.slice(2)],
	{ cwd: root, stdio: 'inherit' }
);

// Let vitest run its teardown (which stops the preview server) on Ctrl-C or a CI cancel.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => child.kill(signal));
}

child.on('exit', (code, signal) => {
	process.exit(code ?? (signal ? 1 : 0));
});

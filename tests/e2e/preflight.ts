import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from './chromium.ts';

/**
 * What the e2e run needs before it starts, as readable problems (empty when all is there).
 * Checked by run.ts before vitest starts, because when the global setup throws, vitest first prints
 * a misleading "No test files found".
 */
export function missingPrerequisites(root: string, env = process.env): string[] {
	const problems: string[] = [];
	if (!env.E2E_BASE_URL) {
		// `vite preview` serves SvelteKit's .svelte-kit/output; adapter-static copies it to build/.
		const built = ['build/index.html', '.svelte-kit/output/prerendered'];
		const missing = built.filter((path) => !existsSync(join(root, path)));
		if (missing.length) {
			problems.push(`${missing.join(' and ')} not found: run \`npm run build\` first.`);
		}
	}
	try {
		chromiumPath();
	} catch (error) {
		problems.push((error as Error).message);
	}
	return problems;
}

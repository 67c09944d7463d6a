import { fileURLToPath } from 'node:url';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './chromium.ts';
import { missingPrerequisites } from './preflight.ts';
import { startPreview, type PreviewServer } from './preview-server.ts';
import './context.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Once per run: serve the built site with `vite preview` (or use E2E_BASE_URL), start Chromium,
 * and hand both addresses to the test files. The returned function tears both down.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const problems = missingPrerequisites(root);
	if (problems.length) throw new Error(problems.join('\n'));

	let server: PreviewServer | undefined;
	let baseURL = process.env.E2E_BASE_URL?.replace(/\/+$/, '');
	if (!baseURL) {
		server = await startPreview(root);
		baseURL = server.baseURL;
	}

	let browser: BrowserServer;
	try {
		browser = await launchBrowserServer();
	} catch (error) {
		await server?.stop();
		throw error;
	}

	project.provide('baseURL', baseURL);
	project.provide('browserWSEndpoint', browser.wsEndpoint());
	if (process.env.E2E_DEBUG) console.log(`[e2e] site ${baseURL}, chromium ${browser.wsEndpoint()}`);

	return async () => {
		await browser.close().catch(() => {});
		await server?.stop();
	};
}

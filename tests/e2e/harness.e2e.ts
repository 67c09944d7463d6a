// Checks the recorder itself, so that an empty list in other tests really means "nothing happened".
import { describe, expect, test } from 'vitest';
import { openPage, siteURL } from './browser.ts';

const WORKER = siteURL('/__e2e__/worker.js');

describe('openPage recorder', () => {
	test('openPage(path, { block }) aborts matching requests, also from a worker', async () => {
		const visit = await openPage('/', { block: ['**/*.wasm'] });
		// A same-origin worker that fetches a .wasm, as DuckDB-WASM's worker does.
		await visit.context.route(WORKER, (route) =>
			route.fulfill({
				contentType: 'text/javascript',
				body: "fetch('/__e2e__/x.wasm').then(() => postMessage('loaded'), () => postMessage('failed'));"
			})
		);

		const outcome = await visit.page.evaluate(
			(url) =>
				new Promise<string>((resolve) => {
					new Worker(url).onmessage = (event) => resolve(String(event.data));
				}),
			WORKER
		);

		expect(outcome).toBe('failed');
		// The page itself may also have started DuckDB (its .wasm is blocked too): only require ours.
		// Playwright delivers the worker's `requestfailed` event asynchronously, possibly after the
		// worker's message: poll instead of reading the list once.
		await expect
			.poll(() => visit.blockedRequests.map((r) => new URL(r.url).pathname))
			.toContain('/__e2e__/x.wasm');
		expect(visit.failedRequests).toEqual([]);
	});

	test('openPage records HTTP errors, page errors and console errors', async () => {
		const visit = await openPage('/');
		await visit.page.evaluate(() => {
			console.error('e2e: console');
			void Promise.reject(new Error('e2e: unhandled'));
			return fetch('/__e2e__/missing.json');
		});
		await visit.page.waitForTimeout(100);

		expect(visit.badResponses).toEqual([{ url: siteURL('/__e2e__/missing.json'), status: 404 }]);
		expect(visit.pageErrors.join('\n')).toContain('e2e: unhandled');
		expect(visit.consoleErrors.join('\n')).toContain('e2e: console');
	});

	test('openPage records requests to another origin', async () => {
		const visit = await openPage('/');
		// Same port, other host name: a different origin that still answers.
		const other = new URL(visit.baseURL);
		other.hostname = 'localhost';
		await visit.page.goto(other.href).catch(() => null);

		expect(visit.foreignRequests.map((r) => r.url)).toContain(other.href);
	});
});

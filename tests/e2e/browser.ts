import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page,
	type Response
} from 'playwright-core';
import { inject, onTestFinished } from 'vitest';
import './context.ts';

export { CHROMIUM_ARGS, chromiumPath, launchOptions } from './chromium.ts';

/** Where screenshots go (git-ignored). */
export const RESULTS_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** A request as the harness records it. */
export interface RequestRecord {
	url: string;
	method: string;
	resourceType: string;
}

/** A request that did not complete (network error, CSP, abort), with Chromium's reason. */
export interface FailedRequest extends RequestRecord {
	errorText: string;
}

/** A response with an HTTP error status (4xx, 5xx). */
export interface BadResponse {
	url: string;
	status: number;
}

export interface OpenPageOptions {
	/** Route patterns (glob or RegExp) whose requests are aborted, e.g. `['**\/*.wasm']`. */
	block?: (string | RegExp)[];
	/** Navigation milestone `openPage` waits for. Default `'load'`. */
	waitUntil?: 'commit' | 'domcontentloaded' | 'load' | 'networkidle';
	/** Extra options for the fresh browser context (viewport, locale, colorScheme, ...). */
	context?: BrowserContextOptions;
	/**
	 * The site's service worker. Default `'block'`: `page.route`, `block` and `prepare` never see
	 * requests a service worker answers from its cache, so suites that fail or replace a file
	 * would silently test the cache instead. `'allow'` for tests of offline behaviour.
	 */
	serviceWorkers?: 'allow' | 'block';
	/** Runs on the fresh context before navigation, e.g. to `context.route()` a data file. */
	prepare?: (context: BrowserContext) => Promise<unknown>;
}

/** An opened page plus everything recorded while it lives. Arrays fill as the page keeps working. */
export interface PageVisit {
	page: Page;
	context: BrowserContext;
	/** Response of the main navigation. */
	response: Response;
	/** Origin of the site under test. */
	baseURL: string;
	/** `console.error` messages and Chromium's own error logs (404s, CSP violations). */
	consoleErrors: string[];
	/** Uncaught exceptions and unhandled rejections in the page. */
	pageErrors: string[];
	/** Requests that failed, except those aborted on purpose through `block`. */
	failedRequests: FailedRequest[];
	/** Responses with status ≥ 400. */
	badResponses: BadResponse[];
	/** Requests aborted on purpose through `block`. */
	blockedRequests: RequestRecord[];
	/** Requests (and WebSockets) to any origin other than `baseURL`. */
	foreignRequests: RequestRecord[];
	/** Every request the page made, in order. */
	requests: RequestRecord[];
	/** Saves a full-page PNG to `test-results/<name>.png` and returns its path. */
	screenshot: (name: string) => Promise<string>;
	/** Closes the context. Done automatically when the test that opened it finishes. */
	close: () => Promise<void>;
}

let browser: Promise<Browser> | undefined;
const openContexts = new Set<BrowserContext>();

/** The shared Chromium started by the global setup, connected once per test file. */
export function getBrowser(): Promise<Browser> {
	browser ??= chromium.connect(inject('browserWSEndpoint'), { timeout: 30_000 });
	return browser;
}

/** Closes this file's contexts and its connection (the browser itself lives until teardown). */
export async function disconnectBrowser(): Promise<void> {
	await Promise.all([...openContexts].map((c) => c.close().catch(() => {})));
	openContexts.clear();
	const current = browser;
	browser = undefined;
	if (current) await (await current).close().catch(() => {});
}

/** Absolute URL of a path on the site under test. */
export function siteURL(path = '/'): string {
	return new URL(path, `${inject('baseURL')}/`).href;
}

function slug(text: string): string {
	return (
		text
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^a-zA-Z0-9._-]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 120) || 'page'
	);
}

const NON_NETWORK = new Set(['data:', 'blob:', 'about:', 'javascript:']);

/**
 * Opens `path` of the site in a fresh browser context and records console errors, page errors,
 * failed and blocked requests, HTTP errors and requests to other origins. Inside a test, the
 * context closes when the test finishes, after a screenshot if the test failed.
 */
export async function openPage(path = '/', options: OpenPageOptions = {}): Promise<PageVisit> {
	const baseURL = inject('baseURL');
	const origin = new URL(baseURL).origin;
	const context = await (
		await getBrowser()
	).newContext({
		...options.context,
		serviceWorkers: options.serviceWorkers ?? 'block'
	});
	openContexts.add(context);

	const consoleErrors: string[] = [];
	const pageErrors: string[] = [];
	const failedRequests: FailedRequest[] = [];
	const badResponses: BadResponse[] = [];
	const blockedRequests: RequestRecord[] = [];
	const foreignRequests: RequestRecord[] = [];
	const requests: RequestRecord[] = [];
	const blocked = new WeakSet<object>();

	for (const pattern of options.block ?? []) {
		await context.route(pattern, async (route) => {
			blocked.add(route.request());
			await route.abort('blockedbyclient');
		});
	}

	await options.prepare?.(context);
	const page = await context.newPage();
	const isForeign = (url: string) => {
		const parsed = new URL(url);
		return !NON_NETWORK.has(parsed.protocol) && parsed.origin !== origin;
	};
	page.on('console', (msg) => {
		if (msg.type() !== 'error') return;
		const where = msg.location();
		consoleErrors.push(where.url ? `${msg.text()} (${where.url}:${where.lineNumber})` : msg.text());
	});
	page.on('pageerror', (error) => pageErrors.push(error.stack ?? String(error)));
	page.on('request', (request) => {
		const record = {
			url: request.url(),
			method: request.method(),
			resourceType: request.resourceType()
		};
		requests.push(record);
		if (isForeign(record.url)) foreignRequests.push(record);
	});
	page.on('websocket', (ws) => {
		const record = { url: ws.url(), method: 'GET', resourceType: 'websocket' };
		requests.push(record);
		if (isForeign(ws.url().replace(/^ws/, 'http'))) foreignRequests.push(record);
	});
	page.on('requestfailed', (request) => {
		const record = {
			url: request.url(),
			method: request.method(),
			resourceType: request.resourceType()
		};
		if (blocked.has(request)) blockedRequests.push(record);
		else failedRequests.push({ ...record, errorText: request.failure()?.errorText ?? 'unknown' });
	});
	page.on('response', (response) => {
		if (response.status() >= 400)
			badResponses.push({ url: response.url(), status: response.status() });
	});

	const screenshot = async (name: string) => {
		await mkdir(RESULTS_DIR, { recursive: true });
		const file = `${RESULTS_DIR}${slug(name)}.png`;
		await page.screenshot({ path: file, fullPage: true });
		return file;
	};
	const close = async () => {
		openContexts.delete(context);
		await context.close().catch(() => {});
	};

	try {
		onTestFinished(async ({ task }) => {
			if (task.result?.state === 'fail') {
				const file = await screenshot(`${task.file.name}--${task.name}`).catch(() => undefined);
				if (file) console.log(`[e2e] screenshot of the failed test: ${file}`);
			}
			await close();
		});
	} catch {
		// Called outside a test (e.g. in beforeAll): the file's afterAll closes the context.
	}

	const response = await page.goto(siteURL(path), { waitUntil: options.waitUntil ?? 'load' });
	if (!response) throw new Error(`navigation to ${path} produced no response`);

	return {
		page,
		context,
		response,
		baseURL,
		consoleErrors,
		pageErrors,
		failedRequests,
		badResponses,
		blockedRequests,
		foreignRequests,
		requests,
		screenshot,
		close
	};
}

/** Transfer and body sizes from the Resource Timing API (Playwright's own sizes are unreliable). */
export interface ResourceSize {
	url: string;
	initiatorType: string;
	transferSize: number;
	encodedBodySize: number;
	decodedBodySize: number;
}

/** Resource Timing entries of the page so far, plus the navigation itself. */
export function resourceSizes(page: Page): Promise<ResourceSize[]> {
	return page.evaluate(() =>
		[
			...performance.getEntriesByType('navigation'),
			...performance.getEntriesByType('resource')
		].map((e) => {
			const t = e as PerformanceResourceTiming;
			return {
				url: t.name,
				initiatorType: t.initiatorType,
				transferSize: t.transferSize,
				encodedBodySize: t.encodedBodySize,
				decodedBodySize: t.decodedBodySize
			};
		})
	);
}

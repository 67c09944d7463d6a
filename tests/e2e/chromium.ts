import { existsSync } from 'node:fs';
import { chromium, type BrowserServer, type LaunchOptions } from 'playwright-core';

/** Flags measured to work as root and offline (see STACK-NOTES.md). */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** The Chromium binary: `CHROMIUM_PATH` if set, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(): string {
	const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	if (!existsSync(path)) {
		throw new Error(
			`Chromium not found at ${path}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`
		);
	}
	return path;
}

/** Launch options shared by every way the harness starts Chromium. */
export function launchOptions(): LaunchOptions {
	return {
		executablePath: chromiumPath(),
		headless: true,
		args: CHROMIUM_ARGS,
		// Playwright gives each launch a fresh temporary profile (user-data-dir) and removes it on close.
		timeout: 30_000
	};
}

/** Starts one Chromium that every test file connects to over WebSocket. */
export function launchBrowserServer(): Promise<BrowserServer> {
	return chromium.launchServer({ ...launchOptions(), host: '127.0.0.1' });
}

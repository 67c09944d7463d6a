/** The two measurement profiles and how they are applied through the Chrome DevTools Protocol. */
import type { BrowserContextOptions, CDPSession } from 'playwright-core';

export interface Profile {
	id: 'sin_limite' | 'movil_3g';
	label: string;
	context: BrowserContextOptions;
	network: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
	cpuRate: number;
}

export const PROFILES: Profile[] = [
	{
		id: 'sin_limite',
		label: 'sin límites (escritorio, localhost)',
		context: { viewport: { width: 1280, height: 900 } },
		network: null,
		cpuRate: 1
	},
	{
		id: 'movil_3g',
		label: '3G / teléfono medio (1,6 Mbps ↓, 750 kbps ↑, 150 ms RTT, CPU ×4)',
		context: {
			viewport: { width: 412, height: 915 },
			deviceScaleFactor: 2,
			isMobile: true,
			hasTouch: true
		},
		// Bytes per second, as CDP wants them.
		network: { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
		cpuRate: 4
	}
];

/**
 * Applies the profile to the page through CDP. The network conditions also hold for requests made
 * by the page's dedicated workers (DuckDB's WASM download is slowed: measured). The CPU slowdown
 * does not: Chrome answers `Emulation.setCPUThrottlingRate` on a worker target with "Operation is
 * only supported for pages, not workers", so DuckDB's worker runs at this machine's speed.
 */
export async function applyProfile(session: CDPSession, p: Profile): Promise<void> {
	if (p.network) {
		await session.send('Network.enable');
		await session.send('Network.emulateNetworkConditions', { offline: false, ...p.network });
	}
	if (p.cpuRate > 1) await session.send('Emulation.setCPUThrottlingRate', { rate: p.cpuRate });
}

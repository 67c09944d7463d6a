/**
 * The two measurement profiles and how they are applied through the Chrome DevTools Protocol.
 * Network throttling and CPU slowdown are set on the page and, as workers start (DuckDB runs in
 * one), on each worker too, so the query engine is slowed like the page.
 */
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

/** What a DevTools target (page or worker) needs to be slowed like the profile. */
function commands(p: Profile): { method: string; params: Record<string, unknown> }[] {
	const out: { method: string; params: Record<string, unknown> }[] = [];
	if (p.network) {
		out.push({ method: 'Network.enable', params: {} });
		out.push({
			method: 'Network.emulateNetworkConditions',
			params: { offline: false, ...p.network }
		});
	}
	if (p.cpuRate > 1)
		out.push({ method: 'Emulation.setCPUThrottlingRate', params: { rate: p.cpuRate } });
	return out;
}

/**
 * Applies the profile to the page's session and to every worker that attaches later. Returns how
 * many workers were throttled (so the report can say whether DuckDB's worker was slowed too).
 */
export async function applyProfile(session: CDPSession, p: Profile): Promise<() => number> {
	for (const c of commands(p)) await session.send(c.method as never, c.params as never);
	let workers = 0;
	if (p.network || p.cpuRate > 1) {
		// Non-flat auto-attach: messages to a worker go through Target.sendMessageToTarget, which a
		// Playwright CDPSession can send (it has no API for flat child sessions).
		let id = 1;
		session.on('Target.attachedToTarget', (e) => {
			if (e.targetInfo.type !== 'worker') return;
			workers++;
			for (const c of commands(p)) {
				void session
					.send('Target.sendMessageToTarget', {
						sessionId: e.sessionId,
						message: JSON.stringify({ id: id++, ...c })
					})
					.catch(() => {});
			}
		});
		await session.send('Target.setAutoAttach', {
			autoAttach: true,
			waitForDebuggerOnStart: false,
			flatten: false
		});
	}
	return () => workers;
}

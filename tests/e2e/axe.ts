import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's source, injected inline: never from a CDN (the site's CSP would refuse it anyway). */
const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/** The WCAG 2.1 A and AA rule sets. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One violation, reduced to what a failing assertion needs to be fixed. */
export interface Violation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string; summary: string }[];
}

/**
 * Runs axe-core on the page as it is now and returns the WCAG 2.1 AA violations. The source is
 * evaluated through the DevTools protocol rather than `addScriptTag({ content })`: the site's CSP
 * (hashes only) refuses an inline `<script>`, and weakening it with `bypassCSP` would test a page
 * other than the one we ship. Either way nothing is fetched.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
	const loaded = await page.evaluate(() => 'axe' in window);
	if (!loaded) await page.evaluate(AXE_SOURCE);
	return page.evaluate(async (tags) => {
		const w = window as unknown as {
			axe: {
				run: (
					ctx: Document,
					opts: object
				) => Promise<{
					violations: {
						id: string;
						impact: string | null;
						help: string;
						nodes: { target: unknown[]; failureSummary?: string }[];
					}[];
				}>;
			};
		};
		const res = await w.axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations']
		});
		return res.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => ({
				target: n.target.map(String).join(' '),
				summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300)
			}))
		}));
	}, WCAG_TAGS);
}

import { escapeXml } from './svg-text';

/**
 * The HTML to paste into another site: a responsive iframe of an embed page. The embed page
 * scales its chart to the iframe's width and height, so any size works; the title names the frame
 * for screen readers.
 */
export function embedCode(src: string, title: string, height = 640): string {
	return (
		`<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${height}"` +
		` style="border:0;max-width:100%" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`
	);
}

/** Absolute URL of a site path plus query string, on the page's own origin. */
export function absoluteUrl(path: string, query: string, origin: string): string {
	return new URL(`${path}${query}`, origin).href;
}

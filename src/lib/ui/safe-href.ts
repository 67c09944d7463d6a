/**
 * A link target from published data, or `null` when it is not a plain web address. Source URLs come
 * from CSV files; a `javascript:` or `data:` value there would run or render when clicked, so only
 * absolute http(s) addresses become links (the rest is shown as text).
 */
export function safeHref(url: string | null | undefined): string | null {
	if (!url) return null;
	try {
		const u = new URL(url.trim());
		return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
	} catch {
		return null;
	}
}

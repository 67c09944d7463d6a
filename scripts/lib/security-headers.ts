/**
 * HTTP security headers per path. Pages carry their own CSP in a <meta> (kit.csp); a <meta>
 * cannot carry frame-ancestors, so framing is decided here: only /embed/* may be framed by others.
 */
export function securityHeaders(url: string): Record<string, string> {
	const path = url.split('?')[0] ?? '/';
	const embeddable = path.startsWith('/embed/') || path === '/embed';
	return {
		'Content-Security-Policy': embeddable ? 'frame-ancestors *' : "frame-ancestors 'self'",
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin'
	};
}

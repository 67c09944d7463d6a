/**
 * Browser features the site never uses, denied to every page and to anything it embeds (so a
 * script injected through data, or a page that frames /embed/*, cannot ask for them). Only
 * features Chromium recognises: an unknown name is logged as a console error on every page.
 * The clipboard stays allowed ("Copiar enlace", citations).
 */
export const PERMISSIONS_POLICY = [
	'accelerometer',
	'camera',
	'display-capture',
	'geolocation',
	'gyroscope',
	'hid',
	'idle-detection',
	'magnetometer',
	'microphone',
	'midi',
	'payment',
	'publickey-credentials-get',
	'screen-wake-lock',
	'serial',
	'usb',
	'xr-spatial-tracking'
]
	.map((feature) => `${feature}=()`)
	.join(', ');

/**
 * HTTP security headers per path: the one source for `vite preview` (vite.config.ts) and
 * `build/_headers` (write-headers.ts). Pages carry their own CSP in a <meta> (kit.csp); a <meta>
 * cannot carry frame-ancestors, so framing is decided here: only /embed/* and /en/embed/* may be framed by others.
 * `base` is the site's sub-folder when it has one (`TABLERO_BASE`, e.g. `/tablero`).
 */
export function securityHeaders(url: string, base = ''): Record<string, string> {
	let path = url.split('?')[0] ?? '/';
	// Under a sub-folder (`TABLERO_BASE`), the site's own paths start after it.
	if (base && (path === base || path.startsWith(`${base}/`))) path = path.slice(base.length) || '/';
	// The English mirror (`/en/embed/*`) is embeddable like the Spanish pages it mirrors.
	if (path === '/en' || path.startsWith('/en/')) path = path.slice(3) || '/';
	const embeddable = path.startsWith('/embed/') || path === '/embed';
	return {
		'Content-Security-Policy': embeddable ? 'frame-ancestors *' : "frame-ancestors 'self'",
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'Permissions-Policy': PERMISSIONS_POLICY
	};
}

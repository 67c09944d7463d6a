/**
 * Saves a blob as a file: an object URL clicked through a temporary `<a download>`. A download is
 * a navigation, not a fetch, so the page CSP (`connect-src 'self'`) does not apply to it; the URL
 * is revoked after the click has been handled.
 */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	a.style.display = 'none';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** MIME types of what the toolbar downloads. */
export const MIME = {
	csv: 'text/csv;charset=utf-8',
	parquet: 'application/vnd.apache.parquet',
	svg: 'image/svg+xml;charset=utf-8',
	png: 'image/png'
} as const;

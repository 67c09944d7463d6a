/**
 * Copies text to the clipboard: the async Clipboard API when the page may use it, else a hidden
 * textarea and `execCommand('copy')` (older browsers, or a permission refused). Resolves to
 * whether the text was copied, so the caller can say so or show the text to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
	try {
		if (navigator.clipboard?.writeText) {
			await navigator.clipboard.writeText(text);
			return true;
		}
	} catch {
		// Permission refused or no user activation: try the legacy path below.
	}
	const area = document.createElement('textarea');
	area.value = text;
	area.setAttribute('readonly', '');
	area.style.position = 'fixed';
	area.style.opacity = '0';
	const previous = document.activeElement as HTMLElement | null;
	document.body.append(area);
	area.select();
	let ok = false;
	try {
		ok = document.execCommand('copy');
	} catch {
		ok = false;
	}
	area.remove();
	previous?.focus();
	return ok;
}

/** Text helpers for SVG drawn without a DOM (exports are built as strings, also in Node). */

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&apos;');
}

/**
 * Approximate advance widths of Noto Sans in em (the font embedded in every export), so text can
 * be wrapped without measuring: narrow, wide, capitals, digits, everything else.
 */
function charWidth(ch: string): number {
	if (/[ilj.,;:!|'’ ]/.test(ch)) return 0.27;
	if (/[mwMW—]/.test(ch)) return 0.88;
	if (/[0-9]/.test(ch)) return 0.57;
	if (/[A-ZÁÉÍÓÚÑ]/.test(ch)) return 0.66;
	return 0.54;
}

/** Estimated width in pixels of a line of text at a font size. */
export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) em += charWidth(ch);
	return em * fontSize;
}

/** Splits text into lines no wider than `maxWidth` (a single long word stays whole). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && textWidth(candidate, fontSize) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

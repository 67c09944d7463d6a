/**
 * Text for accent- and case-insensitive matching: "Clúster de Café" → "cluster de cafe". Strips
 * combining marks after NFD, so ñ also matches n (as DuckDB's strip_accents does).
 */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

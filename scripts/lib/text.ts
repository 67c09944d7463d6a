/** Removes accents (NFD combining marks) so `Bogotá` and `bogota` compare equal. */
export function stripAccents(s: string): string {
	return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Header and name comparison key: no accents, lower case, trimmed, inner spaces collapsed. */
export function normalizeKey(s: string): string {
	return stripAccents(s).toLowerCase().trim().replace(/\s+/g, ' ');
}

/**
 * Looser key for department and sector names: also ignores punctuation, so `Bogotá D.C.`,
 * `Bogota DC` and `BOGOTÁ, D. C.` compare equal.
 */
export function looseKey(s: string): string {
	return normalizeKey(s)
		.replace(/[.,;:()'"´`-]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

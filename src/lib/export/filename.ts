/** One part of a file name: lower case, no accents, runs of anything else as `-`. */
export function slugPart(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * A download's file name: `tablero-cluster_<part>_<part>….<ext>`, parts joined by `_` (so
 * `mapa, empleos, 2024, todos` → `tablero-cluster_mapa_empleos_2024_todos.csv`). Empty parts are
 * dropped; the name stays short enough for every file system.
 */
export function exportFilename(parts: (string | number)[], ext: string): string {
	const slugs = parts.map((p) => slugPart(String(p))).filter(Boolean);
	return `${['tablero-cluster', ...slugs].join('_').slice(0, 150)}.${ext}`;
}

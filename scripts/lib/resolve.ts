import type { Departamento, Sector } from './model.ts';
import { looseKey } from './text.ts';

/** How a department or sector cell was understood. */
export interface Resolved {
	id: string;
	/** Written exactly as the reference's code or name: no warning needed. */
	exact: boolean;
	/** A department code without its leading zero (`5` for `05`). */
	padded?: boolean;
}

/** Resolves department cells: DIVIPOLA code (with or without leading zero), name or variant. */
export class DepartmentResolver {
	#exact = new Map<string, string>();
	#loose = new Map<string, string>();

	constructor(departamentos: Departamento[]) {
		for (const d of departamentos) {
			this.#exact.set(d.divipola, d.divipola);
			this.#exact.set(d.nombre, d.divipola);
			this.#exact.set(d.nombre_corto, d.divipola);
			for (const v of [d.nombre, d.nombre_corto, ...d.variantes])
				this.#loose.set(looseKey(v), d.divipola);
		}
	}

	resolve(text: string): Resolved | null {
		const exact = this.#exact.get(text);
		if (exact) return { id: exact, exact: true };
		if (/^\d{1,2}$/.test(text)) {
			const code = text.padStart(2, '0');
			return this.#exact.has(code) ? { id: code, exact: false, padded: true } : null;
		}
		const loose = this.#loose.get(looseKey(text));
		return loose ? { id: loose, exact: false } : null;
	}
}

/** Resolves sector cells: `sector_id`, name or any listed variant (variants are expected). */
export class SectorResolver {
	#ids = new Set<string>();
	#loose = new Map<string, string>();

	constructor(sectores: Sector[]) {
		for (const s of sectores) {
			this.#ids.add(s.sector_id);
			for (const v of [s.sector_id, s.nombre, ...s.variantes])
				this.#loose.set(looseKey(v), s.sector_id);
		}
	}

	resolve(text: string): Resolved | null {
		if (this.#ids.has(text)) return { id: text, exact: true };
		const loose = this.#loose.get(looseKey(text));
		return loose ? { id: loose, exact: true } : null;
	}
}

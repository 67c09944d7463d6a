import { indicatorType } from '../indicators/registry';
import type { Catalog, Departamento, Edicion, Indicador, Sector } from './types';

/**
 * The catalogue with lookups by key, backed by Maps. Page data keeps the plain `Catalog` (it is
 * serialised into prerendered pages by devalue); `catalogOf` wraps it once per object, so every
 * component that asks for the same catalogue shares one index.
 */
export class CatalogIndex {
	readonly #indicators: Map<string, Indicador>;
	readonly #departments: Map<string, Departamento>;
	readonly #sectors: Map<string, Sector>;
	readonly #editions: Map<number, Edicion>;
	readonly #fieldYears: Map<number, Edicion>;
	readonly #maturity: Indicador | undefined;

	constructor(readonly data: Catalog) {
		this.#indicators = new Map(data.indicadores.map((i) => [i.codigo, i]));
		this.#departments = new Map(data.departamentos.map((d) => [d.divipola, d]));
		this.#sectors = new Map(data.sectores.map((s) => [s.sector_id, s]));
		this.#editions = new Map(data.ediciones.map((e) => [e.edicion, e]));
		// The first edition of a field year wins, as `find` did.
		this.#fieldYears = new Map([...data.ediciones].reverse().map((e) => [e.anio_campo, e]));
		this.#maturity = data.indicadores.find(
			(i) => i.dimension === 'madurez' && indicatorType(i.tipo).levels
		);
	}

	/** The indicator with this code. */
	indicator(codigo: string): Indicador | undefined {
		return this.#indicators.get(codigo);
	}

	/** The maturity indicator (the first of dimension «madurez» with levels), if the dictionary has one. */
	maturity(): Indicador | undefined {
		return this.#maturity;
	}

	/** The department with this DIVIPOLA code. */
	department(divipola: string | null | undefined): Departamento | undefined {
		return divipola == null ? undefined : this.#departments.get(divipola);
	}

	/** The department's name, or the code itself when the catalogue does not know it. */
	departmentName(divipola: string): string {
		return this.department(divipola)?.nombre ?? divipola;
	}

	/** The sector with this id. */
	sector(id: string | null | undefined): Sector | undefined {
		return id == null ? undefined : this.#sectors.get(id);
	}

	/** The edition with this number. */
	edition(n: number | null | undefined): Edicion | undefined {
		return n == null ? undefined : this.#editions.get(n);
	}

	/** The edition with this number or, failing that, this field year (legacy URLs). */
	editionOrYear(n: number): Edicion | undefined {
		return this.#editions.get(n) ?? this.#fieldYears.get(n);
	}

	/** The edition's label, or its number as text when the catalogue does not know it. */
	editionLabel(n: number): string {
		return this.edition(n)?.etiqueta ?? String(n);
	}
}

const indexes = new WeakMap<Catalog, CatalogIndex>();

/** The index of a plain catalogue, built on first use and shared afterwards. */
export function catalogOf(cat: Catalog): CatalogIndex {
	let index = indexes.get(cat);
	if (!index) indexes.set(cat, (index = new CatalogIndex(cat)));
	return index;
}

import { catalogOf } from '../data/catalog';
import type { MapView } from '../data/MapView.svelte';
import type { Catalog, Edicion, Indicador } from '../data/types';
import * as m from '../i18n/messages/map';
import { describeDepartment } from './describe';
import { choropleth, ranks } from './fills';

/**
 * What the map shows for a view's current data (`view.shown`, not the filter still loading): the
 * indicator, edition and sector it belongs to, its title, classes and ranks, and each department's
 * fill and description. The home page and /embed/mapa both draw from it, so they agree.
 */
export class ShownMap {
	readonly #view: MapView;
	readonly #cat: Catalog;
	/** DIVIPOLA code → department name. */
	readonly names: Map<string, string>;

	constructor(view: MapView, cat: Catalog) {
		this.#view = view;
		this.#cat = cat;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- fixed for the page's life
		this.names = new Map(cat.departamentos.map((d) => [d.divipola, d.nombre]));
	}

	// Deriveds are lazy: they first run when read, after the constructor has set #view and #cat.
	readonly ind: Indicador = $derived.by(() =>
		catalogOf(this.#cat).indicator(this.#view.shown.indicador)!
	);
	readonly edicion: Edicion = $derived.by(() =>
		catalogOf(this.#cat).edition(this.#view.shown.edicion)!
	);
	/** The sector's name, or null for all sectors. */
	readonly sectorName: string | null = $derived.by(
		() => catalogOf(this.#cat).sector(this.#view.shown.sector)?.nombre ?? null
	);
	readonly title: string = $derived(
		m.mapTitle(this.ind.nombre, this.edicion.etiqueta, this.sectorName)
	);
	readonly chor = $derived.by(() => choropleth(this.ind, this.#view.data.values));
	readonly ranks: Map<string, number> = $derived.by(() =>
		ranks(this.#view.data.values, this.ind.mayor_es_mejor)
	);
	readonly #byId = $derived.by(
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt per answer, never mutated
		() => new Map(this.#view.data.values.map((v) => [v.divipola, v]))
	);

	/** A department's class colour; null when it has no value ("sin datos"). */
	fillOf = (id: string): string | null => {
		const c = this.chor.classOf.get(id);
		return c === undefined ? null : (this.chor.colours[c] ?? null);
	};

	/** Tooltip lines: value, rank, initiatives reporting. */
	tooltipOf = (id: string): string[] =>
		describeDepartment(
			this.ind,
			this.#byId.get(id),
			this.ranks.get(id),
			this.ranks.size,
			this.#view.data.distribution
		);

	/** The department's accessible name: its name and its tooltip in one sentence. */
	labelOf = (id: string): string => `${this.names.get(id) ?? id}. ${this.tooltipOf(id).join('. ')}`;
}

import { catalogOf } from '../data/catalog';
import { indicatorType } from '../indicators/registry';
import type { MapView } from '../data/MapView.svelte';
import type { ChangeRow } from '../data/queries/change';
import type { MapValueRow } from '../data/queries/map-values';
import type { Catalog, Edicion, Indicador } from '../data/types';
import type { Medida } from '../data/url-state';
import { classOf } from './breaks';
import { riseIsBetter } from './change-legend';
import { describeChange, type ChangeWords } from './describe';
import { divergingBreaks, divergingPalette } from './diverging';
import { ranks } from './fills';
import * as c from '../i18n/messages/map-change';
import { levelLabel } from '../indicators/level-label';

/**
 * What the map shows in change mode (`modo=cambio`), from the change the view last answered: the
 * editions compared, the title, diverging classes centred on 0, ranks by change, each
 * department's fill and words. The home page and /embed/mapa both draw from it.
 */
export class ShownChange {
	readonly #view: MapView;
	readonly #cat: Catalog;
	readonly names: Map<string, string>;

	constructor(view: MapView, cat: Catalog) {
		this.#view = view;
		this.#cat = cat;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- fixed for the page's life
		this.names = new Map(cat.departamentos.map((d) => [d.divipola, d.nombre]));
	}

	readonly #edition = (n: number): Edicion =>
		catalogOf(this.#cat).edition(n) ?? {
			edicion: n,
			anio_campo: n,
			etiqueta: c.editionN(n),
			fecha_corte: ''
		};

	/** The filter the shown rows answer (editions and level resolved). */
	readonly filter = $derived.by(() => this.#view.change.filter);
	readonly ind: Indicador = $derived.by(
		() =>
			catalogOf(this.#cat).indicator(this.filter.indicador) ??
			catalogOf(this.#cat).indicator(this.#view.state.indicador)!
	);
	readonly desde: Edicion = $derived(this.#edition(this.filter.desde));
	readonly hasta: Edicion = $derived(this.#edition(this.filter.hasta));
	/** Categories compare a level's share, always in percentage points. */
	readonly medida: Medida = $derived.by(() =>
		indicatorType(this.ind.tipo).levels ? 'abs' : this.#view.state.cambio
	);
	/** The label of the category level compared. */
	readonly level: string | null = $derived.by(() => {
		const value = this.filter.nivel === null ? undefined : this.ind.niveles[this.filter.nivel - 1];
		return value === undefined ? null : levelLabel(this.ind, value);
	});
	readonly sectorName: string | null = $derived.by(
		() => catalogOf(this.#cat).sector(this.filter.sector)?.nombre ?? null
	);
	readonly title: string = $derived(
		// Before the first answer no edition is resolved yet (the view is loading).
		this.filter.desde === 0
			? c.changeBetweenEditions(this.ind.nombre)
			: `${c.changeBetween(
					this.level ? c.levelIn(this.level, this.ind.nombre) : this.ind.nombre,
					this.desde.etiqueta,
					this.hasta.etiqueta
				)}${this.sectorName ? ` · ${this.sectorName}` : ''}`
	);
	readonly words: ChangeWords = $derived({
		ind: this.ind,
		medida: this.medida,
		desde: this.desde.etiqueta,
		hasta: this.hasta.etiqueta,
		cohorte: this.filter.cohorte,
		level: this.level
	});
	/** Whether a rise is better (null: neither, for a middle category level). */
	readonly better: boolean | null = $derived(riseIsBetter(this.ind, this.filter.nivel));

	readonly #byId: Map<string, ChangeRow> = $derived.by(
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt per answer, never mutated
		() => new Map(this.#view.change.rows.map((r) => [r.divipola, r]))
	);
	/** The national row ('*'), if any. */
	readonly national: ChangeRow | null = $derived(this.#byId.get('*') ?? null);
	/** The departments' rows (no national one). */
	readonly rows: ChangeRow[] = $derived.by(() =>
		this.#view.change.rows.filter((r) => r.divipola !== '*')
	);
	/** The shown change of a row (absolute or %). */
	changeOf = (r: ChangeRow | undefined): number | null =>
		r ? (this.medida === 'pct' ? r.cambio_pct : r.cambio) : null;
	/** Departments as value rows of their change, for ranks and the ranking bars. */
	readonly values: MapValueRow[] = $derived(
		this.rows.map((r) => ({
			divipola: r.divipola,
			valor: this.changeOf(r),
			n_reportan: r.n_hasta,
			n_iniciativas: r.n_hasta
		}))
	);
	readonly chor = $derived.by(() => {
		const present = this.values.filter(
			(v): v is MapValueRow & { valor: number } => v.valor !== null
		);
		const classes = divergingBreaks(present.map((v) => v.valor));
		return {
			classes,
			colours: divergingPalette(this.better ?? true),
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt per answer
			classOf: new Map(present.map((v) => [v.divipola, classOf(classes, v.valor)]))
		};
	});
	readonly ranks: Map<string, number> = $derived(ranks(this.values, this.better ?? true));

	rowOf = (id: string): ChangeRow | undefined => this.#byId.get(id);

	fillOf = (id: string): string | null => {
		const c = this.chor.classOf.get(id);
		return c === undefined ? null : (this.chor.colours[c] ?? null);
	};

	tooltipOf = (id: string): string[] =>
		describeChange(this.words, this.#byId.get(id), this.ranks.get(id), this.ranks.size);

	labelOf = (id: string): string => `${this.names.get(id) ?? id}. ${this.tooltipOf(id).join('. ')}`;
}

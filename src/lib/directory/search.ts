import MiniSearch from 'minisearch';
import { fold } from './fold';

/** One initiative as the search sees it: its words, by field. */
export interface SearchDoc {
	/** Position of the row in the index. */
	id: number;
	nombre: string;
	lugar: string;
	sector: string;
	codigo: string;
}

/** Small typos are forgiven in longer words only: "huilla" finds Huila, "cafe" is not "care". */
function fuzziness(term: string): number | false {
	if (term.length < 5) return false;
	return term.length < 9 ? 1 : 2;
}

/**
 * The directory's full-text search (MiniSearch): every word must match (any order), accents and
 * case ignored (`fold`), each word also as a prefix ("cons" → "construcción") and, from five
 * letters, with one or two typos. Names weigh most, then place, then sector.
 */
export function searchIndex(docs: SearchDoc[]): (q: string) => number[] {
	const ms = new MiniSearch<SearchDoc>({
		fields: ['nombre', 'lugar', 'sector', 'codigo'],
		processTerm: (term) => fold(term) || null,
		searchOptions: {
			combineWith: 'AND',
			prefix: true,
			fuzzy: fuzziness,
			boost: { nombre: 3, lugar: 2, sector: 1, codigo: 1 }
		}
	});
	ms.addAll(docs);
	return (q) => {
		const text = fold(q);
		return text ? ms.search(text).map((r) => r.id as number) : [];
	};
}

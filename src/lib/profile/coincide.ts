import * as m from '$lib/i18n/messages/profile';
import type { Series, SeriesKey } from './profile';

/** A group series drawn exactly over another one (same value in every edition). */
export interface Coincidence {
	/** The series that is hidden under the other. */
	key: SeriesKey;
	/** The series it equals (the initiative when it equals it too). */
	sameAs: SeriesKey;
	/** Every value of the group comes from a single initiative (n = 1). */
	alone: boolean;
}

const EPS = 1e-9;

/** Same value (or both missing) in every edition, and at least one value. */
export function sameLine(a: Series, b: Series): boolean {
	if (a.points.length !== b.points.length) return false;
	let any = false;
	for (let i = 0; i < a.points.length; i++) {
		const x = a.points[i]!.y;
		const y = b.points[i]!.y;
		if (x === null || y === null) {
			if (x !== y) return false;
			continue;
		}
		if (Math.abs(x - y) > EPS) return false;
		any = true;
	}
	return any;
}

/**
 * The group series of a comparison that coincide with an earlier series (the initiative first, then
 * the sector), e.g. the department's median when the initiative is the only one of its department.
 */
export function coincidences(series: Series[]): Coincidence[] {
	const out: Coincidence[] = [];
	series.forEach((s, i) => {
		if (s.key === 'iniciativa') return;
		const other = series.slice(0, i).find((o) => sameLine(o, s));
		if (!other) return;
		const alone = s.points.every((p) => p.y === null || p.n === 1);
		out.push({ key: s.key, sameAs: other.key, alone });
	});
	return out;
}

/** The note after a coinciding series' name, e.g. «(igual a la iniciativa: es la única del departamento)». */
export function coincidenceNote(c: Coincidence): string {
	if (c.sameAs === 'iniciativa')
		return c.alone && c.key !== 'iniciativa'
			? m.sameAsInitiativeAlone(c.key)
			: m.sameAsInitiative();
	return m.sameAsMedian(c.sameAs);
}

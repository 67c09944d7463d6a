/** Seeded pseudo-random numbers: the sample must be byte-identical for the same seed, so no Math.random. */

export interface Rng {
	/** Uniform in [0, 1). */
	next(): number;
}

/** mulberry32: tiny, fast and good enough for synthetic data (not for cryptography). */
export function mulberry32(seed: number): Rng {
	let a = seed >>> 0;
	return {
		next() {
			a = (a + 0x6d2b79f5) >>> 0;
			let t = a;
			t = Math.imul(t ^ (t >>> 15), t | 1);
			t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		}
	};
}

/** FNV-1a over UTF-16 code units, used to derive one independent stream per initiative. */
export function hashString(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** A stream keyed by seed and name, so one initiative's values do not depend on catalog order. */
export function streamFor(seed: number, key: string): Rng {
	return mulberry32(hashString(`${seed}:${key}`));
}

/** Standard normal draw (Box–Muller; the second value is discarded for simplicity). */
export function normal(rng: Rng, mean = 0, sd = 1): number {
	const u = 1 - rng.next(); // (0, 1]: log(0) would be -Infinity
	const v = rng.next();
	return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Log-normal draw with the given median and log-scale spread. */
export function logNormal(rng: Rng, median: number, sigma: number): number {
	return median * Math.exp(normal(rng, 0, sigma));
}

export function chance(rng: Rng, p: number): boolean {
	return rng.next() < p;
}

/** Integer in [min, max], both inclusive. */
export function intBetween(rng: Rng, min: number, max: number): number {
	return min + Math.floor(rng.next() * (max - min + 1));
}

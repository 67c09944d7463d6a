/**
 * The synthetic world behind the sample: one latent size and one maturity path per initiative,
 * from which every indicator is derived, so values correlate the way real SSME answers would
 * (bigger clusters have more companies, jobs, budget and projects; mature ones plan and articulate).
 */
import { chance, logNormal, normal, type Rng } from './prng.ts';

/** Log-size bonus: the three largest regional economies host bigger clusters on average. */
const DEPARTMENT_SIZE: Readonly<Record<string, number>> = { '11': 0.9, '05': 0.7, '76': 0.6 };

/** Median direct jobs per member company, by sector. */
const JOBS_PER_FIRM: Readonly<Record<string, number>> = {
	agro: 30,
	turismo: 14,
	salud: 35,
	moda: 22,
	tic: 25,
	energia: 45,
	creativas: 10,
	construccion: 32,
	manufactura: 40,
	servicios: 28,
	quimica: 60,
	logistica: 35,
	mineria: 70,
	educacion: 30
};

/** Relative export intensity by sector (1 = typical). */
const EXPORT_INTENSITY: Readonly<Record<string, number>> = {
	agro: 1.5,
	turismo: 0.1,
	salud: 0.4,
	moda: 1,
	tic: 0.6,
	energia: 0.8,
	creativas: 0.3,
	construccion: 0.2,
	manufactura: 1.2,
	servicios: 0.4,
	quimica: 2.5,
	logistica: 0.6,
	mineria: 3,
	educacion: 0.05
};

export interface Latent {
	/** Log-normal size, median 1; scales every volume indicator. */
	size: number;
	/** Maturity index (0–100 scale) when the initiative first reports. */
	start: number;
	/** Change of the maturity index per edition: most rise, some stall, a few drop. */
	slope: number;
}

/** Draws the initiative-level latent traits. `yearsActive` is how long it existed before joining. */
export function drawLatent(rng: Rng, divipola: string, yearsActive: number): Latent {
	const size = Math.exp(normal(rng, DEPARTMENT_SIZE[divipola] ?? 0, 0.7));
	const start = normal(rng, 32, 9) + 6 * Math.log(size) + Math.min(20, 1.5 * yearsActive);
	const path = rng.next();
	const slope =
		path < 0.75 ? normal(rng, 8, 3) : path < 0.92 ? normal(rng, 0, 2) : normal(rng, -5, 2);
	return { size, start, slope };
}

/** The drivers shared by several indicators in one edition. */
export interface EditionState {
	rng: Rng;
	sector: string;
	size: number;
	/** Maturity index this edition, 0–100 before rounding. */
	index: number;
	empresas: number;
	proyectos: number;
}

export function editionState(rng: Rng, latent: Latent, sector: string, step: number): EditionState {
	const index = clamp(latent.start + latent.slope * step + normal(rng, 0, 3), 2, 99);
	const empresas = Math.max(3, latent.size * 45 * (0.7 + index / 100) * logNormal(rng, 1, 0.1));
	const proyectos = logNormal(rng, 1 + 5 * latent.size ** 0.4 * (index / 60), 0.4) - 0.5;
	return { rng, sector, size: latent.size, index, empresas, proyectos: Math.max(0, proyectos) };
}

/** Maps a continuous maturity score to one of the dictionary's ordered levels. */
export function levelFor(score: number, levels: readonly string[]): string {
	// With the SSME's three levels the cut-offs are 40 and 70; other level counts split evenly.
	const cuts =
		levels.length === 3 ? [40, 70] : levels.slice(1).map((_, i) => ((i + 1) * 100) / levels.length);
	const position = cuts.filter((c) => score >= c).length;
	return levels[position] ?? levels[levels.length - 1] ?? '';
}

export type Raw = number | boolean | string;

/** One generator per indicator code; codes not listed here get a generic value by type. */
export const MODELS: Readonly<Record<string, (s: EditionState, levels: readonly string[]) => Raw>> =
	{
		madurez: (s, levels) => levelFor(s.index + normal(s.rng, 0, 5), levels),
		indice_madurez: (s) => s.index,
		plan_accion: (s) => chance(s.rng, 1 / (1 + Math.exp(-(s.index - 35) / 8))),
		presupuesto_gestion: (s) =>
			120 * s.size ** 0.6 * (0.6 + s.index / 100) * logNormal(s.rng, 1, 0.3),
		equipo_gestion: (s) =>
			1 + 2.5 * s.size ** 0.5 * (0.5 + s.index / 100) * logNormal(s.rng, 1, 0.25),
		rotacion_equipo: (s) => normal(s.rng, 38 - 0.3 * s.index, 10),
		proyectos_ejecutados: (s) => s.proyectos,
		inversion_proyectos: (s) =>
			Math.round(s.proyectos) === 0 ? 0 : s.proyectos * logNormal(s.rng, 180, 0.7),
		cofinanciacion: (s) => normal(s.rng, 25 + 0.45 * s.index, 12),
		empresas_vinculadas: (s) => s.empresas,
		empleos: (s) => s.empresas * logNormal(s.rng, JOBS_PER_FIRM[s.sector] ?? 25, 0.25),
		exportaciones: (s) =>
			s.empresas * 0.15 * (EXPORT_INTENSITY[s.sector] ?? 0.5) * logNormal(s.rng, 1, 0.8),
		mipymes: (s) => normal(s.rng, 90 - 4 * Math.log(s.size), 5),
		aliados: (s) => logNormal(s.rng, 4 + s.index / 10, 0.4),
		articulacion: (s) => normal(s.rng, 20 + 0.6 * s.index, 10)
	};

export function clamp(x: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, x));
}

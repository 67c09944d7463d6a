import type { Catalog } from '$lib/data/types';
import { departmentName, hasDepartment, latestEdition, maturityOf } from './catalog';
import {
	linkCounts,
	maturityDistribution,
	sectorCounts,
	type EditionLevels,
	type SectorCount
} from './distribution';
import { departmentEvolution, type DepartmentEvolution, type EvolutionRows } from './evolution';
import type { AggregateRow, LevelCountRow, LinkRow } from './queries';
import { indicatorStandings, type Standing } from './standings';

/** Everything the pages need for all departments, read once per build (`departments.server.ts`). */
export interface DepartmentSource {
	/** divipola → its initiatives (primary first). */
	links: Map<string, LinkRow[]>;
	/** The latest edition's aggregates, by indicator (departments and `*`). */
	aggregates: Map<string, AggregateRow[]>;
	/** Maturity levels per department and edition. */
	levels: LevelCountRow[];
	/** Per chartable indicator, every department's series in both cohorts. */
	evolution: Map<string, EvolutionRows>;
	/** divipola → neighbouring departments, ordered by name. */
	neighbours: Map<string, string[]>;
}

/** An initiative as the department page lists it. */
export type ListedInitiative = Pick<
	LinkRow,
	| 'principal'
	| 'iniciativa_id'
	| 'nombre'
	| 'municipio'
	| 'sector_id'
	| 'sector'
	| 'nivel'
	| 'nivel_edicion'
>;

/** One department page's data. */
export interface DepartmentPage {
	divipola: string;
	nombre: string;
	initiatives: ListedInitiative[];
	counts: { principal: number; compartidas: number };
	sectors: SectorCount[];
	/** The maturity levels per edition (primary initiatives). */
	maturity: EditionLevels[];
	/** The edition of `indicators` (the latest). */
	edicion: number | null;
	indicators: Standing[];
	evolution: DepartmentEvolution[];
	neighbours: string[];
}

/** One department's page, sliced from the shared source; null when the catalogue lacks it. */
export function buildDepartment(
	src: DepartmentSource,
	divipola: string,
	cat: Catalog
): DepartmentPage | null {
	if (!hasDepartment(cat, divipola)) return null;
	const links = src.links.get(divipola) ?? [];
	const maturity = maturityOf(cat);
	const ediciones = cat.ediciones.map((e) => e.edicion);
	return {
		divipola,
		nombre: departmentName(cat, divipola),
		initiatives: links.map((l) => ({
			principal: l.principal,
			iniciativa_id: l.iniciativa_id,
			nombre: l.nombre,
			municipio: l.municipio,
			sector_id: l.sector_id,
			sector: l.sector,
			nivel: l.nivel,
			nivel_edicion: l.nivel_edicion
		})),
		counts: linkCounts(links),
		sectors: sectorCounts(links),
		maturity: maturity
			? maturityDistribution(src.levels, divipola, ediciones, maturity.niveles.length)
			: [],
		edicion: latestEdition(cat),
		indicators: indicatorStandings(src.aggregates, cat, divipola),
		evolution: [...src.evolution].map(([codigo, rows]) =>
			departmentEvolution(codigo, rows, divipola, ediciones)
		),
		neighbours: src.neighbours.get(divipola) ?? []
	};
}

/** A row of the index: each department with its counts of primary and shared initiatives. */
export interface IndexRow {
	divipola: string;
	nombre: string;
	principal: number;
	compartidas: number;
}

/** All departments of the catalogue, alphabetically (es-CO collation). */
export function departmentIndex(src: Pick<DepartmentSource, 'links'>, cat: Catalog): IndexRow[] {
	return cat.departamentos
		.map((d) => ({
			divipola: d.divipola,
			nombre: d.nombre,
			...linkCounts(src.links.get(d.divipola) ?? [])
		}))
		.sort(
			(a, b) => a.nombre.localeCompare(b.nombre, 'es-CO') || (a.divipola < b.divipola ? -1 : 1)
		);
}

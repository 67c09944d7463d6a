import { describe, expect, it } from 'vitest';
import { geoArea, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildDepartmentsTopology } from './geo';

const depts = [
	['05', 'Antioquia'], ['08', 'Atlántico'], ['11', 'Bogotá, D.C.'], ['13', 'Bolívar'],
	['15', 'Boyacá'], ['17', 'Caldas'], ['18', 'Caquetá'], ['19', 'Cauca'], ['20', 'Cesar'],
	['23', 'Córdoba'], ['25', 'Cundinamarca'], ['27', 'Chocó'], ['41', 'Huila'],
	['44', 'La Guajira'], ['47', 'Magdalena'], ['50', 'Meta'], ['52', 'Nariño'],
	['54', 'Norte de Santander'], ['63', 'Quindío'], ['66', 'Risaralda'], ['68', 'Santander'],
	['70', 'Sucre'], ['73', 'Tolima'], ['76', 'Valle del Cauca'], ['81', 'Arauca'],
	['85', 'Casanare'], ['86', 'Putumayo'], ['88', 'San Andrés'], ['91', 'Amazonas'],
	['94', 'Guainía'], ['95', 'Guaviare'], ['97', 'Vaupés'], ['99', 'Vichada']
].map(([divipola, nombre]) => ({ divipola: divipola as string, nombre: nombre as string })); // prettier-ignore

function features() {
	const topo = JSON.parse(buildDepartmentsTopology(depts)) as Topology;
	const obj = topo.objects.departamentos as GeometryCollection;
	return feature(topo, obj) as FeatureCollection<Polygon | MultiPolygon, { nombre: string }>;
}

describe('buildDepartmentsTopology', () => {
	it('has the 33 departments keyed by DIVIPOLA', () => {
		const ids = features().features.map((f) => f.id);
		expect(ids).toHaveLength(33);
		expect(ids).toEqual(depts.map((d) => d.divipola));
	});

	it('keeps Bogotá apart from Cundinamarca, with Bogotá inside the hole', () => {
		const fc = features();
		const bogota = fc.features.find((f) => f.id === '11')!;
		const cund = fc.features.find((f) => f.id === '25')!;
		const plazaBolivar: [number, number] = [-74.076, 4.598];
		expect(geoContains(bogota, plazaBolivar)).toBe(true);
		expect(geoContains(cund, plazaBolivar)).toBe(false);
		expect(geoContains(cund, [-74.4, 5.0])).toBe(true); // Pacho area
	});

	it('gives Malpelo island to Valle del Cauca', () => {
		const valle = features().features.find((f) => f.id === '76')!;
		expect(valle.geometry.type).toBe('MultiPolygon');
		expect(geoContains(valle, [-81.597, 3.977])).toBe(true);
	});

	it('winds every ring so areas are small (not the whole sphere)', () => {
		for (const f of features().features) expect(geoArea(f)).toBeLessThan(0.01);
	});

	it('is deterministic and carries the Natural Earth attribution', () => {
		const a = buildDepartmentsTopology(depts);
		expect(buildDepartmentsTopology(depts)).toBe(a);
		expect(a).toContain('Natural Earth');
	});
});

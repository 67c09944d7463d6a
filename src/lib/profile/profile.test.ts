import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '$lib/data/node-connector';
import { writeInitiativesFixture } from '$lib/data/queries/initiatives-fixture';
import { initiativeValues, type InitiativeValuesRow } from '$lib/data/queries/initiative-values';
import {
	mediansByDepartment,
	mediansBySector,
	type MedianRow
} from '$lib/data/queries/indicator-medians';
import { initiativeCatalog, type InitiativeRow } from '$lib/data/queries/initiatives';
import type { LineSeries } from '$lib/charts';
import type { Catalog } from '$lib/data/types';
import { catalog as baseCatalog, indicator, madurez } from '$lib/test-fixtures';
import { buildProfile, groupMedians, type ProfileSource } from './profile';

const catalog: Catalog = {
	...baseCatalog,
	ediciones: [1, 2, 3].map((edicion) => ({
		edicion,
		anio_campo: 2014 + 2 * edicion,
		etiqueta: `SSME ${2014 + 2 * edicion}`,
		fecha_corte: ''
	})),
	indicadores: [
		madurez,
		indicator({ codigo: 'empleos', nombre: 'Empleos' }),
		indicator({ codigo: 'plan', nombre: 'Plan', tipo: 'booleano', unidad: '%' })
	],
	departamentos: [
		{ divipola: '41', nombre: 'Huila', nombre_corto: 'Huila' },
		{ divipola: '73', nombre: 'Tolima', nombre_corto: 'Tolima' }
	]
};

let dir: string;
let src: ProfileSource;

beforeAll(async () => {
	dir = await writeInitiativesFixture();
	const conn = new NodeConnector(dir);
	const [inits, values, bySector, byDept] = await Promise.all([
		conn.query<InitiativeRow>(initiativeCatalog()),
		conn.query<InitiativeValuesRow>(initiativeValues()),
		conn.query<MedianRow>(mediansBySector()),
		conn.query<MedianRow>(mediansByDepartment())
	]);
	await conn.close();
	src = {
		initiatives: new Map(inits.map((r) => [r.iniciativa_id, r])),
		values: new Map(values.map((r) => [r.iniciativa_id, r])),
		bySector: groupMedians(bySector),
		byDepartment: groupMedians(byDept)
	};
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const values = (p: ReturnType<typeof buildProfile>, ind: string) =>
	p!.comparaciones
		.find((c) => c.indicador === ind)!
		.series.map((s) => [s.key, s.points.map((x) => x.y)]);

describe('buildProfile', () => {
	it('returns null for an unknown id', () => {
		expect(buildProfile(src, 'ZZZ', catalog)).toBeNull();
	});

	it('puts the initiative beside the medians of its sector and primary department, per edition', () => {
		const p = buildProfile(src, 'A', catalog);
		// Sector agro: (10+20)/2 = 15 then (12+30)/2 = 21; Huila: 20 then (12+50)/2 = 31.
		// Edition 3 has no report at all: null ("sin datos"), never 0.
		expect(values(p, 'empleos')).toEqual([
			['iniciativa', [10, 12, null]],
			['sector', [15, 21, null]],
			['departamento', [20, 31, null]]
		]);
		const sector = p!.comparaciones.find((c) => c.indicador === 'empleos')!.series[1]!;
		expect(sector.label).toBe('Mediana del sector Agroindustria y alimentos');
		expect(sector.points.map((x) => x.n)).toEqual([4, 2, null]);
		expect(sector.points.map((x) => x.x)).toEqual(['SSME 2016', 'SSME 2018', 'SSME 2020']);
		// The series are what $lib/charts draws once given a colour (checked by the type system).
		const lines: LineSeries[] = p!.comparaciones[0]!.series.map((s) => ({ ...s, colour: '#000' }));
		expect(lines).toHaveLength(3);
	});

	it('a shared initiative is compared with its primary department only', () => {
		const p = buildProfile(src, 'C', catalog)!;
		expect(p.adicionales).toEqual(['41']);
		expect(values(p, 'empleos')[2]).toEqual(['departamento', [40, 30, null]]);
		expect(p.comparaciones[0]!.series[2]!.label).toBe('Mediana de Tolima');
	});

	it('buildProfile(…, "en") labels the medians in English (a load knows the language from the path)', () => {
		const p = buildProfile(src, 'C', catalog, 'en')!;
		expect(p.comparaciones.find((c) => c.indicador === 'empleos')!.series[2]!.label).toBe(
			'Median of Tolima'
		);
		const plan = p.comparaciones.find((c) => c.indicador === 'plan')!;
		expect(plan.series[1]!.label).toMatch(/^% “Yes” in the .* sector$/);
	});

	it('an initiative without a department has no department series', () => {
		const p = buildProfile(src, 'E', catalog)!;
		expect(p.comparaciones[0]!.series.map((s) => s.key)).toEqual(['iniciativa', 'sector']);
	});

	it('booleans compare the answer (100/0) with the share of «Sí»; categories with the lower median level', () => {
		const p = buildProfile(src, 'B', catalog);
		expect(values(p, 'plan').map(([, v]) => (v as (number | null)[])[0])).toEqual([
			0,
			(2 / 3) * 100,
			50
		]);
		expect(p!.comparaciones.find((c) => c.indicador === 'plan')!.measure).toBe('porcentaje_si');
		// Maturity, agro: edition 1 levels 1, 2, 3 → 2; edition 2 only A, level 2.
		expect(values(p, 'madurez')[1]).toEqual(['sector', [2, 2, null]]);
	});

	it('maturity per edition tells "did not report" from "reported without a level"', () => {
		expect(buildProfile(src, 'C', catalog)!.madurez).toEqual([
			{ edicion: 1, reporto: true, nivel: 3 },
			{ edicion: 2, reporto: true, nivel: null },
			{ edicion: 3, reporto: false, nivel: null }
		]);
	});
});

import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../node-connector';
import { writeInitiativesFixture } from './initiatives-fixture';
import { mediansByDepartment, mediansBySector, type MedianRow } from './indicator-medians';
import { initiativeValues, type InitiativeValuesRow } from './initiative-values';
import {
	initiativeCatalog,
	initiativeEditions,
	type InitiativeRow,
	type ParticipationRow
} from './initiatives';

let dir: string;
let conn: NodeConnector;

beforeAll(async () => {
	dir = await writeInitiativesFixture();
	conn = new NodeConnector(dir);
});

afterAll(async () => {
	await conn.close();
	rmSync(dir, { recursive: true, force: true });
});

const pick = (rows: MedianRow[], indicador: string, grupo: string) =>
	rows
		.filter((r) => r.indicador === indicador && r.grupo === grupo)
		.map((r) => [r.edicion, r.mediana, r.n]);

describe('mediansBySector', () => {
	it('mediansBySector() takes the median of every initiative of the sector that reported', async () => {
		const rows = await conn.query<MedianRow>(mediansBySector());
		// agro, edition 1: 7, 10, 20, 40 → (10 + 20) / 2 = 15; edition 2: 12, 30 → 21.
		expect(pick(rows, 'empleos', 'agro')).toEqual([
			[1, 15, 4],
			[2, 21, 2]
		]);
		expect(pick(rows, 'empleos', 'tic')).toEqual([
			[1, 100, 1],
			[2, 50, 1]
		]);
	});

	it('gives the lower median (a real level) and the share of 1s', async () => {
		const rows = await conn.query<MedianRow>(mediansBySector());
		const emp = rows.find(
			(r) => r.indicador === 'empleos' && r.grupo === 'agro' && r.edicion === 1
		)!;
		expect(emp.mediana_discreta).toBe(10);
		const plan = rows.find((r) => r.indicador === 'plan' && r.grupo === 'agro')!;
		expect(plan.media).toBeCloseTo(2 / 3, 10);
		const mad = rows.find(
			(r) => r.indicador === 'madurez' && r.grupo === 'agro' && r.edicion === 1
		)!;
		expect([mad.mediana_discreta, mad.n]).toEqual([2, 3]);
	});
});

describe('mediansByDepartment', () => {
	it('counts each initiative only in its primary department and leaves out those without one', async () => {
		const rows = await conn.query<MedianRow>(mediansByDepartment());
		// Huila, edition 1: A 10, B 20, D 100 (C is Tolima's, E has none) → 20; edition 2: 12, 50 → 31.
		expect(pick(rows, 'empleos', '41')).toEqual([
			[1, 20, 3],
			[2, 31, 2]
		]);
		expect(pick(rows, 'empleos', '73')).toEqual([
			[1, 40, 1],
			[2, 30, 1]
		]);
		expect(rows.some((r) => r.grupo === null)).toBe(false);
	});
});

describe('initiativeCatalog', () => {
	it('orders by name ignoring accents and lists shared departments', async () => {
		const rows = await conn.query<InitiativeRow>(initiativeCatalog());
		expect(rows.map((r) => r.iniciativa_id)).toEqual(['C', 'B', 'A', 'E', 'D']);
		expect(rows.find((r) => r.iniciativa_id === 'C')!.adicionales).toBe('41');
		expect(rows.find((r) => r.iniciativa_id === 'A')!.adicionales).toBeNull();
		expect(rows.find((r) => r.iniciativa_id === 'A')!.anio_ingreso_red).toBe(2019);
	});
});

describe('initiativeEditions', () => {
	it('lists the editions each initiative reported in with its maturity level or NULL', async () => {
		const rows = await conn.query<ParticipationRow>(initiativeEditions('madurez'));
		expect(rows.map((r) => [r.iniciativa_id, r.edicion, r.madurez])).toEqual([
			['A', 1, 1],
			['A', 2, 2],
			['B', 1, 2],
			['C', 1, 3],
			['C', 2, null],
			['D', 1, null],
			['D', 2, null],
			['E', 1, null]
		]);
	});

	it('binds the indicator code as a parameter', () => {
		const q = initiativeEditions("madurez'; DROP TABLE x; --");
		expect(q.sql).not.toContain('DROP');
		expect(q.params).toEqual(["madurez'; DROP TABLE x; --"]);
	});
});

describe('initiativeValues', () => {
	it('initiativeValues() groups every value of each initiative into parallel lists', async () => {
		const rows = await conn.query<InitiativeValuesRow>(initiativeValues());
		expect(rows.map((r) => r.iniciativa_id)).toEqual(['A', 'B', 'C', 'D', 'E']);
		const a = rows[0]!;
		expect(a.indicadores).toEqual(['empleos', 'empleos', 'madurez', 'madurez', 'plan']);
		expect(a.ediciones).toEqual([1, 2, 1, 2, 1]);
		expect(a.valores).toEqual([10, 12, 1, 2, 1]);
	});

	it('initiativeValues(id) keeps only that initiative', async () => {
		const rows = await conn.query<InitiativeValuesRow>(initiativeValues('C'));
		expect(rows.map((r) => [r.iniciativa_id, r.valores])).toEqual([['C', [40, 30, 3, 1]]]);
	});
});

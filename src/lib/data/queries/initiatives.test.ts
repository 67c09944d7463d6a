import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../node-connector';
import { writeInitiativesFixture } from './initiatives-fixture';
import { mediansByDepartment, mediansBySector, type MedianRow } from './indicator-medians';
import { initiativeValues, unpackValues, type InitiativeValuesRow } from './initiative-values';
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
	const sorted = (v: string) =>
		unpackValues(v).sort((a, b) => a.indicador.localeCompare(b.indicador) || a.edicion - b.edicion);

	it('initiativeValues() packs every value of each initiative into one text', async () => {
		const rows = await conn.query<InitiativeValuesRow>(initiativeValues());
		expect(rows.map((r) => r.iniciativa_id)).toEqual(['A', 'B', 'C', 'D', 'E']);
		expect(sorted(rows[0]!.valores)).toEqual([
			{ indicador: 'empleos', edicion: 1, valor: 10 },
			{ indicador: 'empleos', edicion: 2, valor: 12 },
			{ indicador: 'madurez', edicion: 1, valor: 1 },
			{ indicador: 'madurez', edicion: 2, valor: 2 },
			{ indicador: 'plan', edicion: 1, valor: 1 }
		]);
	});

	it('initiativeValues(id) keeps only that initiative', async () => {
		const rows = await conn.query<InitiativeValuesRow>(initiativeValues('C'));
		expect(rows.map((r) => [r.iniciativa_id, sorted(r.valores).map((x) => x.valor)])).toEqual([
			['C', [40, 30, 3, 1]]
		]);
	});

	it('unpackValues reads doubles back exactly', () => {
		expect(unpackValues('x 3 0.1;y 1 1234567.891;z 2 -2.5e-7')).toEqual([
			{ indicador: 'x', edicion: 3, valor: 0.1 },
			{ indicador: 'y', edicion: 1, valor: 1234567.891 },
			{ indicador: 'z', edicion: 2, valor: -2.5e-7 }
		]);
		expect(unpackValues('')).toEqual([]);
	});

	it("DuckDB's text of a double parses back to the same double", async () => {
		const values = [0.1, 2 / 3, 1234567.891, 1e-7, 123456789012.5, 62.5];
		const [row] = await conn.query<{ s: string }>({
			sql: `SELECT string_agg(x::VARCHAR, ';' ORDER BY i) AS s
FROM (SELECT unnest(?::DOUBLE[]) AS x, generate_subscripts(?::DOUBLE[], 1) AS i)`,
			params: [`[${values.join(',')}]`, `[${values.join(',')}]`],
			tables: []
		});
		expect(row!.s.split(';').map(Number)).toEqual(values);
	});
});

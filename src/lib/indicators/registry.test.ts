import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIPOS } from '../contract/manifest';
import { indicator, madurez } from '../test-fixtures';
import { indicatorType, pointValueSql, tipoWhereSql } from './registry';

let conn: DuckDBConnection;
beforeAll(async () => {
	conn = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => conn.closeSync());

/** Groups of values a point may aggregate: odd and even counts, repeats, negatives, one value. */
const GROUPS: Record<string, number[]> = {
	uno: [7],
	par: [1, 4, 2, 10],
	impar: [3, 1, 2],
	repetidos: [5, 5, 5, 1],
	decimales: [0.1, 0.2, 0.30000000000000004, 12.5],
	negativos: [-3, 2.5, 0],
	ceros_unos: [1, 0, 1, 1, 0]
};

async function sqlPoint(expr: string, values: number[]): Promise<number | null> {
	const list = values.map((v) => `(${v}::DOUBLE)`).join(', ');
	const r = await conn.runAndReadAll(`SELECT ${expr} AS v FROM (VALUES ${list}) t(valor)`);
	const v = r.getRowObjectsJS()[0]?.v;
	return v === null || v === undefined ? null : Number(v);
}

describe('indicatorType(tipo).point(agregacion, values)', () => {
	for (const tipo of TIPOS) {
		const t = indicatorType(tipo);
		for (const agregacion of t.aggregations) {
			const sql = t.pointSql(agregacion, 'valor');
			if (sql === null) {
				it(`${tipo}/${agregacion} has no point value in SQL nor in JS`, () => {
					expect(t.point(agregacion, [1, 2])).toBeNull();
				});
				continue;
			}
			for (const [name, values] of Object.entries(GROUPS))
				it(`${tipo}/${agregacion} on «${name}» equals DuckDB's ${sql}`, async () => {
					const js = t.point(agregacion, values);
					const db = await sqlPoint(sql, values);
					expect(js).not.toBeNull();
					expect(js!).toBeCloseTo(db!, 12);
				});
		}
	}
});

describe('pointValueSql', () => {
	it('picks each type × rule expression inside one aggregate query', async () => {
		for (const tipo of TIPOS)
			for (const agregacion of indicatorType(tipo).aggregations) {
				const expr = pointValueSql(`'${tipo}'`, `'${agregacion}'`, 'valor');
				const expected = indicatorType(tipo).point(agregacion, GROUPS.par!);
				const got = await sqlPoint(expr, GROUPS.par!);
				if (expected === null) expect(got).toBeNull();
				else expect(got!).toBeCloseTo(expected, 12);
			}
	});
});

describe('tipoWhereSql', () => {
	it('names only the types that satisfy the predicate', () => {
		expect(tipoWhereSql('i.tipo', (t) => t.levels)).toBe(
			`i.tipo IN (${TIPOS.filter((n) => indicatorType(n).levels)
				.map((n) => `'${n}'`)
				.join(', ')})`
		);
		expect(tipoWhereSql('tipo', () => false)).toBe('false');
	});
});

describe('indicatorType', () => {
	it('gives every type of the contract, and refuses an unknown one', () => {
		for (const tipo of TIPOS) expect(indicatorType(tipo).aggregations.length).toBeGreaterThan(0);
		expect(() => indicatorType('fecha' as never)).toThrow(/tipo de indicador desconocido/);
	});

	it('levels: categories read and format by level names', () => {
		const t = indicatorType(madurez.tipo);
		expect(t.levels).toBe(true);
		expect(t.format(madurez, 2, false)).toBe(madurez.niveles[1]);
		const failures: string[] = [];
		const reader = {
			text: () => 'no existe',
			number: () => null,
			boolean: () => null,
			fail: (_c: string, m: string) => void failures.push(m)
		};
		expect(t.read(reader, madurez, () => undefined)).toBeNull();
		expect(failures[0]).toMatch(/^nivel desconocido/);
	});

	it('numbers read within the dictionary range', () => {
		const ind = indicator({ minimo: 0, maximo: 10 });
		const t = indicatorType(ind.tipo);
		const reader = {
			text: () => '5',
			number: (_c: string, rule: { min: number | null; max: number | null }) =>
				rule.min === 0 && rule.max === 10 ? 5 : null,
			boolean: () => null,
			fail: () => undefined
		};
		expect(t.read(reader, ind, () => undefined)).toBe(5);
	});
});

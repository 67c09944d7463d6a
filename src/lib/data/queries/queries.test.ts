import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../node-connector';
import { departmentInitiatives, departmentInitiativesSql } from './department-initiatives';
import { scanSql } from './scan';
import { departmentSeries, type SeriesRow } from './department-series';
import { pickView, seriesOf, splitIndicator } from '../map-data';
import {
	distribution,
	indicatorDistribution,
	type DistributionRow,
	type IndicatorDistributionRow
} from './distribution';
import {
	indicatorValues,
	mapValues,
	nationalValue,
	type IndicatorValueRow,
	type MapValueRow
} from './map-values';

/** Tiny Parquet tables written with DuckDB itself, in the published schema. */
const FIXTURE = `
CREATE TABLE agregados_departamento AS SELECT * FROM (VALUES
  (1, '05', '*', 'empleos', 100.0, 2, 2), (1, '11', '*', 'empleos', 300.0, 1, 1),
  (2, '05', '*', 'empleos', 150.0, 2, 2), (2, '11', '*', 'empleos', NULL, 0, 1),
  (2, '05', 'agro', 'empleos', 50.0, 1, 1), (2, '*', '*', 'empleos', 150.0, 2, 3)
) t(edicion, divipola, sector_id, indicador, valor, n_reportan, n_iniciativas);
CREATE TABLE distribucion_departamento AS SELECT * FROM (VALUES
  (2, '05', '*', 'madurez', 1, 1), (2, '05', '*', 'madurez', 3, 1), (2, '*', '*', 'madurez', 3, 1)
) t(edicion, divipola, sector_id, indicador, nivel, n);
CREATE TABLE iniciativas AS SELECT * FROM (VALUES
  ('A', 'Clúster de Café del Huila', 'Neiva', 'agro', 'Agroindustria'),
  ('B', 'Clúster TIC', 'Medellín', 'tic', 'TIC'),
  ('C', 'Energías renovables', 'Pasto', 'energia', 'Energía')
) t(iniciativa_id, nombre, municipio, sector_id, sector);
CREATE TABLE iniciativa_departamentos AS SELECT * FROM (VALUES
  ('A', '05', true), ('B', '05', true), ('C', '52', true), ('C', '05', false)
) t(iniciativa_id, divipola, principal);
CREATE TABLE resultados AS SELECT * FROM (VALUES
  (2, 'A', 'empleos', 50.0), (2, 'B', 'empleos', 100.0), (1, 'A', 'empleos', 40.0)
) t(edicion, iniciativa_id, indicador, valor);
`;

let dir: string;
let conn: NodeConnector;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'queries-'));
	const db = await DuckDBInstance.create(':memory:');
	const c = await db.connect();
	await c.run(FIXTURE);
	for (const t of [
		'agregados_departamento',
		'distribucion_departamento',
		'iniciativas',
		'iniciativa_departamentos',
		'resultados'
	])
		await c.run(`COPY ${t} TO '${join(dir, t)}.parquet' (FORMAT parquet, COMPRESSION zstd)`);
	c.closeSync();
	conn = new NodeConnector(dir);
});

afterAll(async () => {
	await conn.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('mapValues', () => {
	it('binds its values as parameters, never in the SQL text', () => {
		const q = mapValues({ indicador: "x'; DROP TABLE t; --", edicion: 2, sector: '*' });
		expect(q.sql).not.toContain('DROP');
		expect(q.params).toEqual(["x'; DROP TABLE t; --", 2, '*']);
	});

	it('mapValues({ edicion: 2 }) returns departments, keeps NULL as missing and leaves out the national row', async () => {
		const rows = await conn.query(mapValues({ indicador: 'empleos', edicion: 2, sector: '*' }));
		expect(rows).toEqual([
			{ divipola: '05', valor: 150, n_reportan: 2, n_iniciativas: 2 },
			{ divipola: '11', valor: null, n_reportan: 0, n_iniciativas: 1 }
		]);
	});

	it('mapValues({ sector }) reads only that sector', async () => {
		const rows = await conn.query(mapValues({ indicador: 'empleos', edicion: 2, sector: 'agro' }));
		expect(rows.map((r) => [r.divipola, r.valor])).toEqual([['05', 50]]);
	});

	it('nationalValue reads the national row', async () => {
		const rows = await conn.query(nationalValue({ indicador: 'empleos', edicion: 2, sector: '*' }));
		expect(rows).toEqual([{ divipola: '*', valor: 150, n_reportan: 2, n_iniciativas: 3 }]);
	});
});

describe('departmentSeries', () => {
	it('lists the editions a department has, in order (missing editions are gaps)', async () => {
		const rows = await conn.scan(
			departmentSeries({ divipola: '11', indicador: 'empleos', sector: '*' })
		);
		expect(rows.map((r) => [r.edicion, r.valor])).toEqual([
			[1, 300],
			[2, null]
		]);
	});
});

describe('departmentInitiatives', () => {
	it('lists primary initiatives first, then shared ones, with the edition value or NULL', async () => {
		const f = { divipola: '05', indicador: 'empleos', edicion: 2, sector: '*' };
		const rows = await conn.query(departmentInitiativesSql(f));
		// The page's answer from three scans equals the SQL.
		expect(await departmentInitiatives(conn, f)).toEqual(rows);
		expect(rows.map((r) => [r.iniciativa_id, r.principal, r.valor])).toEqual([
			['A', true, 50],
			['B', true, 100],
			['C', false, null]
		]);
	});

	it('filters by sector', async () => {
		const f = { divipola: '05', indicador: 'empleos', edicion: 2, sector: 'tic' };
		const rows = await conn.query(departmentInitiativesSql(f));
		expect(await departmentInitiatives(conn, f)).toEqual(rows);
		expect(rows.map((r) => r.iniciativa_id)).toEqual(['B']);
	});
});

describe('distribution', () => {
	it('counts initiatives per level', async () => {
		const rows = await conn.query(distribution({ indicador: 'madurez', edicion: 2, sector: '*' }));
		expect(rows).toEqual([
			{ divipola: '*', nivel: 3, n: 1 },
			{ divipola: '05', nivel: 1, n: 1 },
			{ divipola: '05', nivel: 3, n: 1 }
		]);
	});
});

describe('indicatorValues + indicatorDistribution, split per filter', () => {
	it('binds the indicator as a parameter', () => {
		expect(scanSql(indicatorValues("x' OR 1=1 --")).sql).not.toContain('OR 1=1');
		expect(scanSql(indicatorDistribution('madurez')).params).toEqual(['madurez']);
	});

	it.each([
		['empleos', 1, '*'],
		['empleos', 2, '*'],
		['empleos', 2, 'agro'],
		['empleos', 1, 'agro'],
		['madurez', 2, '*'],
		['madurez', 1, '*']
	])(
		'splitIndicator(%s) at edition %i, sector %s equals the per-filter queries',
		async (indicador, edicion, sector) => {
			const f = { indicador, edicion, sector };
			const all = splitIndicator(
				await conn.scan<IndicatorValueRow>(indicatorValues(indicador)),
				await conn.scan<IndicatorDistributionRow>(indicatorDistribution(indicador))
			);
			const national = await conn.query<MapValueRow>(nationalValue(f));
			expect(pickView(all, f)).toEqual({
				values: await conn.query<MapValueRow>(mapValues(f)),
				national: national[0] ?? null,
				distribution: await conn.query<DistributionRow>(distribution(f))
			});
		}
	);
});

describe('seriesOf (from a split indicator)', () => {
	it.each([
		['11', '*'],
		['05', '*'],
		['05', 'agro'],
		['*', '*'],
		['52', '*']
	])('seriesOf(%s, sector %s) equals departmentSeries', async (divipola, sector) => {
		const all = splitIndicator(await conn.scan<IndicatorValueRow>(indicatorValues('empleos')), []);
		expect(seriesOf(all, divipola, sector)).toEqual(
			await conn.scan<SeriesRow>(departmentSeries({ divipola, indicador: 'empleos', sector }))
		);
	});
});

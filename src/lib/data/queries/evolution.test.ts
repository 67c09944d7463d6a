import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicator, madurez } from '../../test-fixtures';
import { NodeConnector } from '../node-connector';
import {
	aggregateSql,
	evolutionQuery,
	levelsFromAggregates,
	levelsFromResultados,
	seriesFromAggregates,
	seriesFromResultados,
	type EvolutionFilter,
	type EvolutionRow,
	type LevelRow
} from './evolution';
import {
	initiativeByIdScan,
	initiativeOptions,
	searchInitiatives,
	searchInitiativesIn,
	type InitiativeOption
} from './initiative-search';
import { levelsFromDistributionRows, seriesFromIndicatorRows } from '../evolution-aggregates';
import { indicatorDistribution, type IndicatorDistributionRow } from './distribution';
import { indicatorValues, type IndicatorValueRow } from './map-values';

/**
 * Four initiatives over editions 1–3 (edition 4 is in the survey but nobody reported): A and B in
 * Antioquia (05), C in Bogotá (11), D without department. B is missing from edition 2, so the
 * panel of editions 1–3 is {A, C, D}. Expectations below are computed by hand from these rows.
 */
const FIXTURE = `
CREATE TABLE iniciativas AS SELECT * FROM (VALUES
  ('A', 'Café del Huila', '05', 'Antioquia', 'agro', 'Agroindustria'),
  ('B', 'Clúster TIC', '05', 'Antioquia', 'tic', 'TIC'),
  ('C', 'Energía Andina', '11', 'Bogotá, D.C.', 'agro', 'Agroindustria'),
  ('D', 'Software Nómada', NULL, NULL, 'tic', 'TIC')
) t(iniciativa_id, nombre, divipola, departamento, sector_id, sector);
CREATE TABLE resultados AS SELECT * FROM (VALUES
  (1, 'A', 'empleos', 10.0), (1, 'B', 'empleos', 20.0), (1, 'C', 'empleos', 30.0), (1, 'D', 'empleos', 40.0),
  (2, 'A', 'empleos', 12.0), (2, 'C', 'empleos', 33.0), (2, 'D', 'empleos', 44.0),
  (3, 'A', 'empleos', 15.0), (3, 'B', 'empleos', 25.0), (3, 'C', 'empleos', 35.0), (3, 'D', 'empleos', 50.0),
  (1, 'A', 'plan', 1.0), (1, 'B', 'plan', 0.0), (1, 'C', 'plan', 1.0), (1, 'D', 'plan', 1.0),
  (2, 'A', 'plan', 0.0), (2, 'C', 'plan', 1.0),
  (1, 'A', 'mipymes', 50.0), (1, 'B', 'mipymes', 70.0), (1, 'C', 'mipymes', 90.0), (1, 'D', 'mipymes', 60.0),
  (1, 'A', 'indice', 40.0), (1, 'B', 'indice', 60.0),
  (1, 'A', 'madurez', 1.0), (1, 'B', 'madurez', 3.0), (1, 'C', 'madurez', 3.0), (1, 'D', 'madurez', 2.0),
  (2, 'A', 'madurez', 2.0), (2, 'C', 'madurez', 3.0)
) t(edicion, iniciativa_id, indicador, valor);
CREATE TABLE agregados_departamento AS SELECT * FROM (VALUES
  (1, '*', '*', 'empleos', 100.0, 4, 4), (2, '*', '*', 'empleos', 89.0, 3, 4),
  (3, '*', '*', 'empleos', 125.0, 4, 4), (4, '*', '*', 'empleos', NULL, 0, 4),
  (1, '05', '*', 'empleos', 30.0, 2, 2), (2, '05', '*', 'empleos', 12.0, 1, 2),
  (3, '05', '*', 'empleos', 40.0, 2, 2), (4, '05', '*', 'empleos', NULL, 0, 2),
  (1, '11', '*', 'empleos', 30.0, 1, 1), (2, '11', '*', 'empleos', 33.0, 1, 1),
  (3, '11', '*', 'empleos', 35.0, 1, 1),
  (1, '*', 'agro', 'empleos', 40.0, 2, 2), (2, '*', 'agro', 'empleos', 45.0, 2, 2),
  (3, '*', 'agro', 'empleos', 50.0, 2, 2),
  (1, '*', 'tic', 'empleos', 60.0, 2, 2), (2, '*', 'tic', 'empleos', 44.0, 1, 2),
  (3, '*', 'tic', 'empleos', 75.0, 2, 2),
  (1, '05', 'agro', 'empleos', 10.0, 1, 1)
) t(edicion, divipola, sector_id, indicador, valor, n_reportan, n_iniciativas);
CREATE TABLE distribucion_departamento AS SELECT * FROM (VALUES
  (1, '*', '*', 'madurez', 1, 1), (1, '*', '*', 'madurez', 2, 1), (1, '*', '*', 'madurez', 3, 2),
  (2, '*', '*', 'madurez', 1, 0), (2, '*', '*', 'madurez', 2, 1), (2, '*', '*', 'madurez', 3, 1),
  (4, '*', '*', 'madurez', 1, 0), (4, '*', '*', 'madurez', 2, 0), (4, '*', '*', 'madurez', 3, 0),
  (1, '05', '*', 'madurez', 1, 1), (1, '05', '*', 'madurez', 2, 0), (1, '05', '*', 'madurez', 3, 1)
) t(edicion, divipola, sector_id, indicador, nivel, n);
`;

const empleos = indicator({ codigo: 'empleos' });
const plan = indicator({ codigo: 'plan', tipo: 'booleano', unidad: '%', agregacion: 'promedio' });
const mipymes = indicator({ codigo: 'mipymes', unidad: '%', agregacion: 'mediana' });
const indice = indicator({ codigo: 'indice', unidad: 'indice', agregacion: 'promedio' });

const base: EvolutionFilter = {
	indicador: 'empleos',
	desglose: 'nacional',
	deptos: [],
	iniciativa: null,
	ediciones: [1, 2, 3, 4],
	cohorte: 'todas'
};

let dir: string;
let conn: NodeConnector;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'evolution-'));
	const db = await DuckDBInstance.create(':memory:');
	const c = await db.connect();
	await c.run(FIXTURE);
	for (const t of [
		'iniciativas',
		'resultados',
		'agregados_departamento',
		'distribucion_departamento'
	])
		await c.run(`COPY ${t} TO '${join(dir, t)}.parquet' (FORMAT parquet)`);
	c.closeSync();
	conn = new NodeConnector(dir);
});

afterAll(async () => {
	await conn.close();
	rmSync(dir, { recursive: true, force: true });
});

const points = (rows: EvolutionRow[]) => rows.map((r) => [r.serie, r.edicion, r.valor, r.n]);
const run = (f: Partial<EvolutionFilter>, ind = empleos) =>
	conn.query<EvolutionRow>(seriesFromResultados({ ...base, ...f }, ind));

describe('aggregateSql', () => {
	it('follows the dictionary rule', () => {
		expect(aggregateSql(empleos)).toBe('sum(valor)');
		expect(aggregateSql(mipymes)).toBe('median(valor)');
		expect(aggregateSql(indice)).toBe('avg(valor)');
		expect(aggregateSql(plan)).toBe('avg(valor) * 100');
		expect(() => aggregateSql(madurez)).toThrow();
	});
});

describe('seriesFromResultados', () => {
	it('binds every value, including the edition and department lists', () => {
		const q = seriesFromResultados(
			{ ...base, indicador: "x'--", desglose: 'departamentos', deptos: ['05', "1'1"] },
			empleos
		);
		expect(q.sql).not.toContain("x'--");
		expect(q.sql).not.toContain("1'1");
		expect(q.params).toEqual(["x'--", 1, 2, 3, 4, '05', "1'1"]);
	});

	it('nacional sums every reporting initiative (also those without department); edition 4 is a gap', async () => {
		expect(points(await run({}))).toEqual([
			['*', 1, 100, 4],
			['*', 2, 89, 3],
			['*', 3, 125, 4]
		]);
	});

	it('cohorte panel keeps only initiatives present in every selected edition (B is out)', async () => {
		expect(points(await run({ ediciones: [1, 2, 3], cohorte: 'panel' }))).toEqual([
			['*', 1, 80, 3],
			['*', 2, 89, 3],
			['*', 3, 100, 3]
		]);
		// Editions 1 and 3 only: B reported in both, so everybody is in the panel.
		expect(points(await run({ ediciones: [1, 3], cohorte: 'panel' }))).toEqual([
			['*', 1, 100, 4],
			['*', 3, 125, 4]
		]);
		// Nobody reported in edition 4: the panel is empty, never a line of zeros.
		expect(await run({ cohorte: 'panel' })).toEqual([]);
	});

	it('por sector gives one series per sector', async () => {
		expect(points(await run({ desglose: 'sector' }))).toEqual([
			['agro', 1, 40, 2],
			['agro', 2, 45, 2],
			['agro', 3, 50, 2],
			['tic', 1, 60, 2],
			['tic', 2, 44, 1],
			['tic', 3, 75, 2]
		]);
	});

	it('departamentos compares the primary departments asked for', async () => {
		const todas = await run({ desglose: 'departamentos', deptos: ['05', '11'] });
		expect(points(todas)).toEqual([
			['05', 1, 30, 2],
			['05', 2, 12, 1],
			['05', 3, 40, 2],
			['11', 1, 30, 1],
			['11', 2, 33, 1],
			['11', 3, 35, 1]
		]);
		const panel = await run({
			desglose: 'departamentos',
			deptos: ['05', '11'],
			ediciones: [1, 2, 3],
			cohorte: 'panel'
		});
		expect(points(panel).filter((p) => p[0] === '05')).toEqual([
			['05', 1, 10, 1],
			['05', 2, 12, 1],
			['05', 3, 15, 1]
		]);
	});

	it('iniciativa gives that initiative’s own values', async () => {
		expect(points(await run({ desglose: 'iniciativa', iniciativa: 'C' }))).toEqual([
			['C', 1, 30, 1],
			['C', 2, 33, 1],
			['C', 3, 35, 1]
		]);
	});

	it('booleans are % of «Sí», medians and means follow the rule', async () => {
		const p = await run({ indicador: 'plan' }, plan);
		expect(points(p)).toEqual([
			['*', 1, 75, 4],
			['*', 2, 50, 2]
		]);
		expect(points(await run({ indicador: 'mipymes' }, mipymes))[0]).toEqual(['*', 1, 65, 4]);
		expect(points(await run({ indicador: 'indice' }, indice))[0]).toEqual(['*', 1, 50, 2]);
	});

	it('refuses an empty edition or department list instead of running IN ()', () => {
		expect(() => seriesFromResultados({ ...base, ediciones: [] }, empleos)).toThrow();
		expect(() => seriesFromResultados({ ...base, desglose: 'departamentos' }, empleos)).toThrow();
	});
});

describe('seriesFromAggregates (todas)', () => {
	for (const f of [
		{ desglose: 'nacional' },
		{ desglose: 'sector' },
		{ desglose: 'departamentos', deptos: ['05', '11'] }
	] as Partial<EvolutionFilter>[])
		it(`${f.desglose}: equals the rows computed from resultados (NULL groups are gaps)`, async () => {
			const fast = await conn.query<EvolutionRow>(seriesFromAggregates({ ...base, ...f }));
			expect(points(fast)).toEqual(points(await run(f)));
			expect(fast.length).toBeGreaterThan(0);
			// The page answers the same from the indicator's rows, without SQL.
			const rows = await conn.scan<IndicatorValueRow>(indicatorValues(base.indicador));
			expect(seriesFromIndicatorRows({ ...base, ...f }, rows)).toEqual(fast);
		});
	it('the page reads only the selected editions and departments', async () => {
		const f: EvolutionFilter = {
			...base,
			desglose: 'departamentos',
			deptos: ['11'],
			ediciones: [1, 3]
		};
		const rows = await conn.scan<IndicatorValueRow>(indicatorValues(base.indicador));
		expect(seriesFromIndicatorRows(f, rows)).toEqual(
			await conn.query<EvolutionRow>(seriesFromAggregates(f))
		);
	});
});

describe('levels (categories)', () => {
	const shares = (rows: LevelRow[]) => rows.map((r) => [r.edicion, r.nivel, r.n, r.total, r.valor]);

	it('counts per level and turns them into shares of the reporting initiatives', async () => {
		const rows = await conn.query<LevelRow>(
			levelsFromResultados({ ...base, indicador: 'madurez' })
		);
		expect(shares(rows)).toEqual([
			[1, 1, 1, 4, 25],
			[1, 2, 1, 4, 25],
			[1, 3, 2, 4, 50],
			[2, 2, 1, 2, 50],
			[2, 3, 1, 2, 50]
		]);
	});

	it('panel of editions 1–2 keeps A and C', async () => {
		const rows = await conn.query<LevelRow>(
			levelsFromResultados({ ...base, indicador: 'madurez', ediciones: [1, 2], cohorte: 'panel' })
		);
		expect(shares(rows)).toEqual([
			[1, 1, 1, 2, 50],
			[1, 3, 1, 2, 50],
			[2, 2, 1, 2, 50],
			[2, 3, 1, 2, 50]
		]);
	});

	it('the published distribution gives the same shares and leaves out empty levels and editions', async () => {
		const f = { ...base, indicador: 'madurez' };
		const fast = await conn.query<LevelRow>(levelsFromAggregates(f));
		const slow = await conn.query<LevelRow>(levelsFromResultados(f));
		expect(shares(fast)).toEqual(shares(slow));
		const rows = await conn.scan<IndicatorDistributionRow>(indicatorDistribution('madurez'));
		for (const g of [
			f,
			{ ...f, desglose: 'sector' as const },
			{ ...f, desglose: 'departamentos' as const, deptos: ['05', '11'] }
		])
			expect(levelsFromDistributionRows(g, rows)).toEqual(
				await conn.query<LevelRow>(levelsFromAggregates(g))
			);
	});
});

describe('evolutionQuery', () => {
	it('reads the aggregates for todas, resultados for panel and single initiatives', () => {
		expect(evolutionQuery(base, empleos).tables).toEqual(['agregados_departamento']);
		expect(evolutionQuery({ ...base, cohorte: 'panel' }, empleos).tables).toContain('resultados');
		expect(
			evolutionQuery({ ...base, desglose: 'iniciativa', iniciativa: 'A' }, empleos).tables
		).toContain('resultados');
		expect(evolutionQuery({ ...base, indicador: 'madurez' }, madurez).tables).toEqual([
			'distribucion_departamento'
		]);
	});
});

describe('searchInitiatives', () => {
	it('matches without accents or case, by name, department or sector', async () => {
		const ids = async (t: string) =>
			(await conn.query<{ iniciativa_id: string }>(searchInitiatives(t))).map(
				(r) => r.iniciativa_id
			);
		expect(await ids('CAFE')).toEqual(['A']);
		expect(await ids('bogota')).toEqual(['C']);
		expect(await ids('tic')).toEqual(['B', 'D']);
		expect(await ids('')).toEqual(['A', 'B', 'C', 'D']);
		expect(await ids("'; DROP")).toEqual([]);
	});

	it.each(['CAFE', 'bogota', 'tic', '', "'; DROP", 'ó', ' a ', 'Nómada'])(
		'searchInitiativesIn(%j) in the page equals the SQL',
		async (t) => {
			const all = await conn.scan<InitiativeOption>(initiativeOptions);
			expect(searchInitiativesIn(all, t, 3)).toEqual(
				await conn.query<InitiativeOption>(searchInitiatives(t, 3))
			);
		}
	);

	it('initiativeByIdScan finds one', async () => {
		const rows = await conn.scan(initiativeByIdScan('D'));
		expect(rows).toEqual([
			{ iniciativa_id: 'D', nombre: 'Software Nómada', departamento: null, sector: 'TIC' }
		]);
	});
});

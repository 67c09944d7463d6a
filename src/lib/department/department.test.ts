import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../../scripts/lib/build';
import { NodeConnector } from '$lib/data/node-connector';
import { seriesFromResultados, type EvolutionRow } from '$lib/data/queries/evolution';
import type { Catalog } from '$lib/data/types';
import { departmentCard } from './card';
import { buildDepartment, departmentIndex, type DepartmentSource } from './department';
import { editionAggregatesSql, departmentLinksSql } from './queries';
import { queryDepartmentSource, readTopology } from './source.server';

const VALIDA = join(import.meta.dirname, '..', '..', '..', 'data', 'fixtures', 'valida');
const tmp = mkdtempSync(join(tmpdir(), 'departamentos-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let conn: NodeConnector;
let cat: Catalog;
let src: DepartmentSource;
beforeAll(async () => {
	// The published files of the committed fixture, as the data build writes them.
	const r = await build({
		input: VALIDA,
		out: tmp,
		log: () => {},
		now: new Date('2024-11-24T12:00:00Z')
	});
	expect(r.status).toBe('built');
	process.env.TABLERO_STATIC_DIR = tmp;
	const { loadCatalog } = await import('$lib/data/prerender.server');
	conn = new NodeConnector(join(tmp, 'data'));
	cat = await loadCatalog(conn);
	src = await queryDepartmentSource(conn, cat, readTopology(tmp));
}, 60_000);
afterAll(() => conn?.close());

describe('departmentLinksSql / editionAggregatesSql', () => {
	it('bind their values, never interpolate them', () => {
		expect(departmentLinksSql("x' OR 1=1").sql).not.toContain('OR 1=1');
		expect(departmentLinksSql('madurez').params).toEqual(['madurez']);
		expect(editionAggregatesSql(5).params).toEqual([5]);
	});
});

describe('buildDepartment on the fixture (Node queries on the published Parquet)', () => {
	it('counts of primary and shared initiatives equal a direct count, for every department', async () => {
		const direct = await conn.query<{ divipola: string; p: number; c: number }>({
			sql: `SELECT divipola, count(*) FILTER (WHERE principal)::INTEGER AS p,
  count(*) FILTER (WHERE NOT principal)::INTEGER AS c
FROM iniciativa_departamentos GROUP BY divipola`,
			params: [],
			tables: ['iniciativa_departamentos']
		});
		expect(direct.length).toBeGreaterThan(0);
		for (const d of cat.departamentos) {
			const page = buildDepartment(src, d.divipola, cat)!;
			const row = direct.find((r) => r.divipola === d.divipola);
			expect(page.counts).toEqual({ principal: row?.p ?? 0, compartidas: row?.c ?? 0 });
			expect(page.initiatives).toHaveLength((row?.p ?? 0) + (row?.c ?? 0));
		}
	});

	it('each indicator rank equals SQL rank() among departments with a value', async () => {
		const ed = Math.max(...cat.ediciones.map((e) => e.edicion));
		let checked = 0;
		for (const ind of cat.indicadores) {
			const ranked = await conn.query<{ divipola: string; r: number; m: number }>({
				sql: `SELECT divipola, (rank() OVER (ORDER BY valor ${ind.mayor_es_mejor ? 'DESC' : 'ASC'}))::INTEGER AS r,
  (count(*) OVER ())::INTEGER AS m
FROM agregados_departamento
WHERE edicion = ? AND sector_id = '*' AND divipola <> '*' AND indicador = ? AND valor IS NOT NULL`,
				params: [ed, ind.codigo],
				tables: ['agregados_departamento']
			});
			for (const d of cat.departamentos) {
				const s = buildDepartment(src, d.divipola, cat)!.indicators.find(
					(x) => x.indicador === ind.codigo
				)!;
				const want = ranked.find((r) => r.divipola === d.divipola);
				expect(s.rank?.rank ?? null).toBe(want?.r ?? null);
				if (want) expect(s.rank?.of).toBe(want.m);
				if (want) checked++;
			}
		}
		expect(checked).toBeGreaterThan(0);
	});

	it('the constant-panel series equals seriesFromResultados for that department alone', async () => {
		const ediciones = cat.ediciones.map((e) => e.edicion);
		const withLinks = [...src.links.keys()];
		expect(withLinks.length).toBeGreaterThan(0);
		for (const [codigo] of src.evolution) {
			const ind = cat.indicadores.find((i) => i.codigo === codigo)!;
			for (const divipola of withLinks) {
				const want = await conn.query<EvolutionRow>(
					seriesFromResultados(
						{
							indicador: codigo,
							desglose: 'departamentos',
							deptos: [divipola],
							iniciativa: null,
							ediciones,
							cohorte: 'panel'
						},
						ind
					)
				);
				const got = buildDepartment(src, divipola, cat)!.evolution.find(
					(e) => e.indicador === codigo
				)!.panel.departamento;
				expect(got.filter((p) => p.valor !== null).map((p) => [p.edicion, p.valor, p.n])).toEqual(
					want.map((w) => [w.edicion, w.valor, w.n])
				);
			}
		}
	});

	it('the maturity distribution per edition equals distribucion_departamento (all sectors)', async () => {
		const rows = await conn.query<{ divipola: string; edicion: number; nivel: number; n: number }>({
			sql: `SELECT divipola, edicion::INTEGER AS edicion, nivel::INTEGER AS nivel, n::INTEGER AS n
FROM distribucion_departamento
WHERE indicador = 'madurez' AND sector_id = '*' AND divipola <> '*' AND n > 0`,
			params: [],
			tables: ['distribucion_departamento']
		});
		expect(rows.length).toBeGreaterThan(0);
		for (const d of cat.departamentos) {
			const got = buildDepartment(src, d.divipola, cat)!.maturity.flatMap((e) =>
				e.counts.flatMap((n, i) => (n > 0 ? [[e.edicion, i + 1, n]] : []))
			);
			const want = rows
				.filter((r) => r.divipola === d.divipola)
				.map((r) => [r.edicion, r.nivel, r.n])
				.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
			expect(got).toEqual(want);
		}
	});

	it('an unknown code gives no page', () => {
		expect(buildDepartment(src, '00', cat)).toBeNull();
	});

	it('neighbours come from the published TopoJSON: Bogotá borders Cundinamarca and Meta (by name), San Andrés none', () => {
		expect(src.neighbours.get('25')).toContain('11');
		expect(src.neighbours.get('11')).toEqual(['25', '50']);
		expect(src.neighbours.get('88') ?? []).toEqual([]);
	});
});

describe('departmentCard', () => {
	it('keeps the counts and up to four key indicators, one per dimension, never levels', () => {
		const page = buildDepartment(src, [...src.links.keys()][0]!, cat)!;
		const card = departmentCard(page, cat);
		expect(card.counts).toEqual(page.counts);
		expect(card.indicators.length).toBeGreaterThan(0);
		expect(card.indicators.length).toBeLessThanOrEqual(4);
		const inds = card.indicators.map((s) => cat.indicadores.find((i) => i.codigo === s.indicador)!);
		expect(inds.every((i) => i.tipo !== 'categoria')).toBe(true);
		expect(new Set(inds.map((i) => i.dimension)).size).toBe(inds.length);
		expect(card.indicators.every((s) => !('valores' in s))).toBe(true);
	});
});

describe('departmentIndex', () => {
	it('lists every department of the catalogue in es-CO alphabetical order', () => {
		const rows = departmentIndex(src, cat);
		expect(rows.map((r) => r.divipola).sort()).toEqual(
			cat.departamentos.map((d) => d.divipola).sort()
		);
		const names = rows.map((r) => r.nombre);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'es-CO')));
	});
});

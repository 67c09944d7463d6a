import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build, publicationTime } from './build.ts';
import { sha256 } from './hash.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'data', 'fixtures');
const VALIDA = join(FIXTURES, 'valida');
const tmp = mkdtempSync(join(tmpdir(), 'build-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const quiet = () => {};
const now = new Date('2024-11-24T12:00:00Z');

/** Hash of every published file under `<out>/data` and `<out>/geo`. */
function hashes(out: string): Record<string, string> {
	const h: Record<string, string> = {};
	for (const d of ['data', 'geo'])
		for (const f of readdirSync(join(out, d)).sort())
			h[`${d}/${f}`] = sha256(readFileSync(join(out, d, f)));
	return h;
}

/** A deliberately naive reader for the fixture CSVs, independent of the builder's parser. */
function naiveCsv(path: string): Record<string, string>[] {
	const [head = '', ...lines] = readFileSync(path, 'utf8').trim().split('\n');
	const delim = head.includes(';') ? ';' : ',';
	const split = (l: string) =>
		(l.match(new RegExp(`("[^"]*"|[^${delim}]*)(${delim}|$)`, 'g')) ?? [])
			.filter((_, i, a) => i < a.length - 1 || a[i] !== '')
			.map((f) => f.replace(new RegExp(`${delim}$`), '').replace(/^"|"$/g, ''));
	const cols = split(head);
	return lines.map((l) => Object.fromEntries(split(l).map((v, i) => [cols[i], v])));
}

const num = (s: string | undefined) =>
	s === undefined || s === '' || s === 'ND' ? null : Number(s.replace(' ', '').replace(',', '.'));

async function query(sql: string): Promise<Record<string, unknown>[]> {
	const conn = await (await DuckDBInstance.create(':memory:')).connect();
	const rows = (await conn.runAndReadAll(sql)).getRowObjectsJS();
	conn.closeSync();
	return rows as Record<string, unknown>[];
}

describe('build(valida)', () => {
	const out = join(tmp, 'a');
	beforeAll(async () => {
		const r = await build({ input: VALIDA, out, log: quiet, now });
		expect(r.status).toBe('built');
	});

	it('sums empresas_vinculadas per department and edition like the CSVs say', async () => {
		const deptNames: Record<string, string> = { Antioquia: '05', 'Bogotá, D.C.': '11' };
		const dept = new Map(
			naiveCsv(join(VALIDA, 'raw/iniciativas.csv')).map((r) => [
				r.iniciativa_id,
				deptNames[r.departamento ?? ''] ?? r.departamento
			])
		);
		const expected = new Map<string, number | null>();
		for (const ed of [1, 2])
			for (const r of naiveCsv(join(VALIDA, `raw/ssme/${ed}.csv`))) {
				const v = num(r.empresas_vinculadas);
				for (const key of [`${ed} ${dept.get(r.iniciativa_id ?? '')}`, `${ed} *`]) {
					const prev = expected.get(key) ?? null;
					expected.set(key, v === null ? prev : (prev ?? 0) + v);
				}
			}
		const rows =
			await query(`SELECT edicion, divipola, valor FROM '${out}/data/agregados_departamento.parquet'
			WHERE indicador = 'empresas_vinculadas' AND sector_id = '*'`);
		const got = new Map(rows.map((r) => [`${r.edicion} ${r.divipola}`, r.valor as number | null]));
		expect(got).toEqual(expected);
		expect(got.get('2 *')).toBe(130 + 90 + 1300 + 50 + 30);
		expect(got.get('2 76')).toBeNull(); // VAL-01 reported ND: missing, never zero
	});

	it('counts reporting and present initiatives, and takes the lowest level on ties', async () => {
		const rows = await query(`SELECT indicador, valor, n_reportan, n_iniciativas
			FROM '${out}/data/agregados_departamento.parquet'
			WHERE edicion = 2 AND divipola = '*' AND sector_id = '*' ORDER BY indicador`);
		expect(rows).toEqual([
			{ indicador: 'empresas_vinculadas', valor: 1600, n_reportan: 5, n_iniciativas: 6 },
			{ indicador: 'madurez', valor: 1, n_reportan: 6, n_iniciativas: 6 },
			{ indicador: 'satisfaccion', valor: 7.2, n_reportan: 5, n_iniciativas: 6 },
			{ indicador: 'tiene_plan', valor: (4 / 6) * 100, n_reportan: 6, n_iniciativas: 6 },
			{ indicador: 'ventas_musd', valor: 17.625, n_reportan: 6, n_iniciativas: 6 }
		]);
	});

	it('publishes every level of a category, zeros included', async () => {
		const rows = await query(`SELECT nivel, n FROM '${out}/data/distribucion_departamento.parquet'
			WHERE edicion = 1 AND divipola = '11' AND sector_id = '*' AND indicador = 'madurez' ORDER BY nivel`);
		expect(rows).toEqual([
			{ nivel: 1, n: 1 },
			{ nivel: 2, n: 0 },
			{ nivel: 3, n: 1 }
		]);
	});

	it('publishes Parquet only, with the contract types in the manifest', () => {
		expect(readdirSync(join(out, 'data')).filter((f) => f.endsWith('.arrow'))).toEqual([]);
		const m = JSON.parse(readFileSync(join(out, 'data/manifest.json'), 'utf8'));
		expect(m.tablas.resultados.columnas).toEqual([
			{ nombre: 'edicion', tipo: 'SMALLINT' },
			{ nombre: 'iniciativa_id', tipo: 'VARCHAR' },
			{ nombre: 'indicador', tipo: 'VARCHAR' },
			{ nombre: 'valor', tipo: 'DOUBLE' }
		]);
		expect(m.tablas.resultados.archivos.map((f: { archivo: string }) => f.archivo)).toEqual([
			'resultados.parquet'
		]);
	});

	it('writes a manifest with tables, hashes and the sample flag', () => {
		const m = JSON.parse(readFileSync(join(out, 'data/manifest.json'), 'utf8'));
		expect(m.muestra).toBe(true);
		expect(m.generado).toBe('2024-11-24T12:00:00.000Z');
		expect(Object.keys(m.tablas)).toHaveLength(11);
		expect(m.tablas.resultados.filas).toBe(52);
		expect(m.indicadores[4]).toMatchObject({
			codigo: 'madurez',
			niveles: ['inicial', 'en desarrollo', 'consolidada'],
			orden: 5
		});
		expect(m.entradas['raw/ssme/1.csv']).toMatch(/^[0-9a-f]{64}$/);
		const h = hashes(out);
		expect(m.tablas.resultados.archivos[0].sha256).toBe(h['data/resultados.parquet']);
	});

	it('gives byte-identical files when built again, and skips when fresh', async () => {
		const again = join(tmp, 'b');
		expect((await build({ input: VALIDA, out: again, log: quiet, now })).status).toBe('built');
		expect(hashes(again)).toEqual(hashes(out));
		const lines: string[] = [];
		expect(
			(await build({ input: VALIDA, out: again, log: (l) => lines.push(l), now })).status
		).toBe('fresh');
		expect(lines.every((l) => l.startsWith('[fresh] '))).toBe(true);
	});

	it('keeps the previous outputs intact when a later build fails', async () => {
		const before = hashes(out);
		mkdirSync(join(out, '.tmp-build-999999')); // left by a killed build: cleaned up
		const r = await build({ input: join(FIXTURES, 'no-numerico'), out, log: quiet, now });
		expect(r.status).toBe('failed');
		expect(hashes(out)).toEqual(before);
		expect(readdirSync(out).filter((f) => f.startsWith('.tmp-build'))).toEqual([]);
	});
});

describe('build(xlsx)', () => {
	it('reads «SSME 2021.xlsx» as edition 2 with the same values as the CSV', async () => {
		const out = join(tmp, 'xlsx');
		const ref = join(tmp, 'a');
		expect((await build({ input: join(FIXTURES, 'xlsx'), out, log: quiet, now })).status).toBe(
			'built'
		);
		for (const t of ['resultados', 'agregados_departamento', 'distribucion_departamento'])
			expect(hashes(out)[`data/${t}.parquet`]).toBe(hashes(ref)[`data/${t}.parquet`]);
	});
});

describe('build(avisos)', () => {
	it('counts an initiative without department nationally, not in any department', async () => {
		const out = join(tmp, 'avisos');
		expect((await build({ input: join(FIXTURES, 'avisos'), out, log: quiet, now })).status).toBe(
			'built'
		);
		const rows =
			await query(`SELECT divipola, valor, n_iniciativas FROM '${out}/data/agregados_departamento.parquet'
			WHERE edicion = 1 AND sector_id = 'tic' AND indicador = 'empresas_vinculadas' ORDER BY divipola`);
		expect(rows).toEqual([
			{ divipola: '*', valor: 1250 + 7, n_iniciativas: 2 },
			{ divipola: '11', valor: 1250, n_iniciativas: 1 }
		]);
		const ini = await query(
			`SELECT divipola, departamento FROM '${out}/data/iniciativas.parquet' WHERE iniciativa_id = 'SIN-01'`
		);
		expect(ini).toEqual([{ divipola: null, departamento: null }]);
		expect(existsSync(join(out, 'geo/departamentos.topo.json'))).toBe(true);
	});
});

describe('English labels (optional columns)', () => {
	it('build(valida), an export without them, publishes them as null', async () => {
		const out = join(tmp, 'a');
		const m = JSON.parse(readFileSync(join(out, 'data/manifest.json'), 'utf8'));
		expect(m.descripcion_muestra_en).toBeNull();
		expect(m.indicadores[4]).toMatchObject({
			codigo: 'madurez',
			nombre_en: null,
			descripcion_en: null,
			niveles_en: null
		});
		expect(m.sectores[0]).toEqual({
			sector_id: 'agro',
			nombre: 'Agroindustria y alimentos',
			nombre_en: null
		});
		const cols = (t: string) =>
			m.tablas[t].columnas.map((c: { nombre: string }) => c.nombre as string);
		expect(cols('indicadores')).toEqual(
			expect.arrayContaining(['nombre_en', 'descripcion_en', 'niveles_en'])
		);
		expect(cols('sectores')).toEqual(['sector_id', 'nombre', 'nombre_en']);
		// The reference copies: their English columns too, last, as text.
		expect(cols('hitos')).toEqual([
			'anio',
			'iniciativas',
			'descripcion',
			'fuente',
			'descripcion_en'
		]);
		expect(cols('coyuntura').slice(-3)).toEqual(['indicador_en', 'unidad_en', 'referencia_en']);
		const types = (t: string) =>
			m.tablas[t].columnas.map((c: { tipo: string }) => c.tipo as string).slice(-1);
		expect(types('hitos')).toEqual(['VARCHAR']);
		const hit = await query(`SELECT descripcion_en FROM '${out}/data/hitos.parquet'`);
		expect(hit.every((r) => r.descripcion_en === null)).toBe(true);
		expect(m.textos_referencia.hitos[0]).toEqual({
			descripcion: expect.any(String),
			descripcion_en: null
		});
	});

	it('build(etiquetas-en) publishes them in the Parquet and the manifest; empty cells as null', async () => {
		const out = join(tmp, 'en');
		const input = join(FIXTURES, 'etiquetas-en');
		const r = await build({ input, out, log: quiet, now });
		expect(r.status).toBe('built');
		expect(r.report.problems).toEqual([]);
		const ind = await query(`SELECT codigo, nombre_en, descripcion_en, niveles_en
			FROM '${out}/data/indicadores.parquet' ORDER BY orden`);
		expect(ind).toEqual([
			{ codigo: 'empresas_vinculadas', nombre_en: 'Member companies', descripcion_en: 'Companies that take part', niveles_en: null },
			{ codigo: 'ventas_musd', nombre_en: 'Sales', descripcion_en: null, niveles_en: null },
			{ codigo: 'satisfaccion', nombre_en: null, descripcion_en: null, niveles_en: null },
			{ codigo: 'tiene_plan', nombre_en: 'Has a strategic plan', descripcion_en: 'With a current plan', niveles_en: null },
			{ codigo: 'madurez', nombre_en: 'Maturity', descripcion_en: 'Stage of the initiative', niveles_en: 'initial|developing|consolidated' }
		]); // prettier-ignore
		const sec = await query(
			`SELECT sector_id, nombre_en FROM '${out}/data/sectores.parquet' ORDER BY sector_id`
		);
		expect(sec).toEqual([
			{ sector_id: 'agro', nombre_en: 'Agribusiness and food' },
			{ sector_id: 'tic', nombre_en: 'Software and ICT' },
			{ sector_id: 'turismo', nombre_en: null }
		]);
		const m = JSON.parse(readFileSync(join(out, 'data/manifest.json'), 'utf8'));
		expect(m.descripcion_muestra_en).toBe('Test fixture');
		// Reference copies: the English columns in the contract's order, whatever the file's.
		const hit = await query(`SELECT * FROM '${out}/data/hitos.parquet'`);
		expect(hit.map((r) => r.descripcion_en)).toEqual(['Registered initiatives', null]);
		const coy = await query(
			`SELECT indicador_en, unidad_en, referencia_en FROM '${out}/data/coyuntura.parquet'`
		);
		expect(coy).toEqual([
			{ indicador_en: 'GDP growth', unidad_en: '% per year', referencia_en: null },
			{ indicador_en: null, unidad_en: null, referencia_en: null }
		]);
		const names = (t: string) =>
			m.tablas[t].columnas.map((c: { nombre: string }) => c.nombre as string);
		expect(m.textos_referencia).toEqual({
			hitos: [
				{ descripcion: 'Iniciativas registradas', descripcion_en: 'Registered initiatives' },
				{ descripcion: 'Décimo aniversario, con 2,7 millones de empleos', descripcion_en: null }
			],
			coyuntura: [
				{ indicador: 'Crecimiento del PIB', unidad: '% anual', indicador_en: 'GDP growth', unidad_en: '% per year', referencia_en: null },
				{ indicador: 'Tasa de desempleo', unidad: '%', indicador_en: null, unidad_en: null, referencia_en: null }
			]
		}); // prettier-ignore
		expect(names('coyuntura')).toEqual([
			'indicador',
			'periodo',
			'valor',
			'unidad',
			'fuente',
			'indicador_en',
			'unidad_en',
			'referencia_en'
		]);
		expect(m.indicadores[4].niveles_en).toEqual(['initial', 'developing', 'consolidated']);
		expect(m.sectores.map((s: { nombre_en: string | null }) => s.nombre_en)).toEqual([
			'Agribusiness and food',
			null,
			'Software and ICT'
		]);
		// The same inputs, built again, give the same bytes.
		const again = join(tmp, 'en-b');
		expect((await build({ input, out: again, log: quiet, now })).status).toBe('built');
		expect(hashes(again)).toEqual(hashes(out));
	});
});

describe('publicationTime (reproducible bytes)', () => {
	const eds = [{ fecha_corte: '2016-11-30' }, { fecha_corte: '2024-11-30' }];
	it('comes from the inputs: the latest cut-off date', () => {
		vi.stubEnv('SOURCE_DATE_EPOCH', '');
		expect(publicationTime(eds).toISOString()).toBe('2024-11-30T00:00:00.000Z');
		vi.unstubAllEnvs();
	});
	it('or from SOURCE_DATE_EPOCH, never before 1980 (zip dates)', () => {
		vi.stubEnv('SOURCE_DATE_EPOCH', '1700000000');
		expect(publicationTime(eds).toISOString()).toBe('2023-11-14T22:13:20.000Z');
		vi.stubEnv('SOURCE_DATE_EPOCH', '0');
		expect(publicationTime(eds).toISOString()).toBe('1980-01-01T00:00:00.000Z');
		vi.unstubAllEnvs();
	});
	it('two builds into empty folders, without a given time, give identical bytes', async () => {
		const a = join(tmp, 'rep-a');
		const b = join(tmp, 'rep-b');
		vi.stubEnv('SOURCE_DATE_EPOCH', '');
		await build({ input: VALIDA, out: a, log: quiet });
		await build({ input: VALIDA, out: b, log: quiet });
		vi.unstubAllEnvs();
		expect(hashes(a)).toEqual(hashes(b));
	});
});

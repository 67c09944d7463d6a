import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../../scripts/lib/build';
import { splitIndicator } from '$lib/data/map-data';
import { NodeConnector } from '$lib/data/node-connector';
import { memoryFile } from '$lib/data/parquet/file';
import { ParquetSource } from '$lib/data/parquet/source';
import {
	changeSql,
	initiativeUnits,
	type ChangeFilter,
	type ChangeRow
} from '$lib/data/queries/change';
import { editionValues } from '$lib/data/queries/department-initiatives';
import {
	indicatorDistribution,
	type IndicatorDistributionRow
} from '$lib/data/queries/distribution';
import { indicatorValues, type IndicatorValueRow } from '$lib/data/queries/map-values';
import { indicator } from '$lib/test-fixtures';
import {
	changeFrom,
	percentChange,
	type InitiativeUnit,
	type InitiativeValue
} from './change-aggregate';

const VALIDA = join(import.meta.dirname, '..', '..', '..', 'data', 'fixtures', 'valida');
const tmp = mkdtempSync(join(tmpdir(), 'change-'));
const data = join(tmp, 'data');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let node: NodeConnector;
let source: ParquetSource;
beforeAll(async () => {
	const r = await build({ input: VALIDA, out: tmp, log: () => {}, now: new Date('2024-11-24') });
	expect(r.status).toBe('built');
	node = new NodeConnector(data);
	source = new ParquetSource((t) => {
		const b = readFileSync(join(data, `${t}.parquet`));
		return memoryFile(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
	});
});
afterAll(() => node?.close());

const INDICATORS = {
	empresas_vinculadas: indicator({ agregacion: 'suma' }),
	ventas_musd: indicator({ codigo: 'ventas_musd', agregacion: 'mediana' }),
	satisfaccion: indicator({ codigo: 'satisfaccion', agregacion: 'promedio' }),
	tiene_plan: indicator({ codigo: 'tiene_plan', tipo: 'booleano', agregacion: 'promedio' }),
	madurez: indicator({
		codigo: 'madurez',
		tipo: 'categoria',
		agregacion: 'distribucion',
		niveles: ['inicial', 'en desarrollo', 'consolidada']
	})
};
type Code = keyof typeof INDICATORS;

/** What the page does: scans of the published Parquet, then `changeFrom`. */
async function fromScans(f: ChangeFilter): Promise<ChangeRow[]> {
	const ind = INDICATORS[f.indicador as Code];
	const [values, dist, desde, hasta, units] = await Promise.all([
		source.scan<IndicatorValueRow>(indicatorValues(f.indicador)),
		source.scan<IndicatorDistributionRow>(indicatorDistribution(f.indicador)),
		source.scan<InitiativeValue>(editionValues(f.indicador, f.desde)),
		source.scan<InitiativeValue>(editionValues(f.indicador, f.hasta)),
		source.scan<InitiativeUnit>(initiativeUnits)
	]);
	const all = splitIndicator(values, dist);
	return changeFrom(f, ind, { all, panel: { desde, hasta, units } }).rows;
}

function expectSameRows(js: ChangeRow[], sql: ChangeRow[]) {
	expect(js.map((r) => r.divipola)).toEqual(sql.map((r) => r.divipola));
	js.forEach((r, i) => {
		const s = sql[i]!;
		expect([r.n_desde, r.n_hasta]).toEqual([s.n_desde, s.n_hasta]);
		for (const k of ['desde', 'hasta', 'cambio', 'cambio_pct'] as const) {
			if (s[k] === null) expect(r[k], `${r.divipola} ${k}`).toBeNull();
			else expect(r[k], `${r.divipola} ${k}`).toBeCloseTo(s[k], 9);
		}
	});
}

describe('changeFrom (JS over scans) equals changeSql (DuckDB) on the fixture', () => {
	const cases: [Code, string, number | null][] = [
		['empresas_vinculadas', '*', null],
		['ventas_musd', '*', null],
		['satisfaccion', '*', null],
		['tiene_plan', '*', null],
		['tiene_plan', 'agro', null],
		['empresas_vinculadas', 'agro', null],
		['madurez', '*', 3],
		['madurez', '*', 1],
		['madurez', 'agro', 2]
	];
	for (const cohorte of ['panel', 'todas'] as const)
		it.each(cases)(`${cohorte}: %s, sector %s, nivel %s`, async (indicador, sector, nivel) => {
			const f: ChangeFilter = { indicador, desde: 1, hasta: 2, sector, cohorte, nivel };
			const sql = await node.query<ChangeRow>(changeSql(f, INDICATORS[indicador]));
			expect(sql.length).toBeGreaterThan(0);
			expectSameRows(await fromScans(f), sql);
		});

	it('the two cohorts differ where initiatives entered or left (CAU-01 is new in edition 2)', async () => {
		const f: ChangeFilter = {
			indicador: 'empresas_vinculadas',
			desde: 1,
			hasta: 2,
			sector: '*',
			cohorte: 'panel',
			nivel: null
		};
		const panel = await fromScans(f);
		const todas = await fromScans({ ...f, cohorte: 'todas' });
		// Cauca (19) has no initiative in edition 1: no panel row; in `todas` only a «hasta» value.
		expect(panel.find((r) => r.divipola === '19')).toBeUndefined();
		expect(todas.find((r) => r.divipola === '19')).toMatchObject({ desde: null, cambio: null });
		// The panel's national sum counts only initiatives that reported both times.
		const nat = panel.find((r) => r.divipola === '*')!;
		expect(nat.n_desde).toBe(nat.n_hasta);
		expect(nat.n_desde).toBeLessThan(todas.find((r) => r.divipola === '*')!.n_hasta);
	});
});

describe('percentChange', () => {
	it('is (hasta − desde) / |desde| · 100', () => {
		expect(percentChange(50, 75)).toBe(50);
		expect(percentChange(-20, -10)).toBe(50);
		expect(percentChange(10, 5)).toBe(-50);
	});
	it('is empty when the baseline is 0 or either side is missing', () => {
		expect(percentChange(0, 5)).toBeNull();
		expect(percentChange(null, 5)).toBeNull();
		expect(percentChange(5, null)).toBeNull();
	});
});

import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../../../scripts/lib/build';
import { NodeConnector } from '../node-connector';
import {
	departmentLinks,
	editionValues,
	initiativeLabels
} from '../queries/department-initiatives';
import { departmentSeries } from '../queries/department-series';
import { indicatorDistribution } from '../queries/distribution';
import { initiativeOptions } from '../queries/initiative-search';
import { indicatorValues } from '../queries/map-values';
import type { Scan } from '../queries/scan';
import type { AsyncBuffer } from 'hyparquet';
import { DataFileError, httpFile, memoryFile } from './file';
import { readColumns, openParquet } from './read';
import { ParquetSource } from './source';
import { toArrowIPC } from './to-arrow';

const VALIDA = join(import.meta.dirname, '..', '..', '..', '..', 'data', 'fixtures', 'valida');
const tmp = mkdtempSync(join(tmpdir(), 'parquet-source-'));
const data = join(tmp, 'data');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A file's bytes as their own ArrayBuffer (Node's small Buffers share a pool). */
function fileBytes(path: string): ArrayBuffer {
	const b = readFileSync(path);
	return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

let node: NodeConnector;
let source: ParquetSource;
beforeAll(async () => {
	// The published files of the committed fixture, as the data build writes them (ZSTD).
	const r = await build({
		input: VALIDA,
		out: tmp,
		log: () => {},
		now: new Date('2024-11-24T12:00:00Z')
	});
	expect(r.status).toBe('built');
	node = new NodeConnector(data);
	source = new ParquetSource((t) => memoryFile(fileBytes(join(data, `${t}.parquet`))));
});
afterAll(() => node?.close());

/** A `fetch` over a byte array that honours `Range` and counts what it sends. */
function rangeServer(bytes: Uint8Array) {
	const sent: number[] = [];
	const fetchImpl = (async (_url: string, init?: RequestInit) => {
		const range = new Headers(init?.headers).get('Range');
		const m = range && /^bytes=(\d+)-(\d+)$/.exec(range);
		const body = m ? bytes.slice(Number(m[1]), Number(m[2]) + 1) : bytes;
		sent.push(body.length);
		return new Response(body as BodyInit, { status: m ? 206 : 200 });
	}) as typeof fetch;
	return { fetchImpl, sent };
}

describe('ParquetSource (the page, without the engine) answers like the SQL', () => {
	const scans = (): [string, Scan][] => [
		['indicatorValues(empresas_vinculadas)', indicatorValues('empresas_vinculadas')],
		['indicatorValues(madurez)', indicatorValues('madurez')],
		['indicatorDistribution(madurez)', indicatorDistribution('madurez')],
		['indicatorValues(desconocido)', indicatorValues('desconocido')],
		[
			'departmentSeries(05)',
			departmentSeries({ divipola: '05', indicador: 'empresas_vinculadas', sector: '*' })
		],
		['departmentSeries(*)', departmentSeries({ divipola: '*', indicador: 'madurez', sector: '*' })],
		['departmentLinks(05)', departmentLinks('05')],
		['initiativeLabels', initiativeLabels],
		['initiativeOptions', initiativeOptions],
		['editionValues(empresas_vinculadas, 2)', editionValues('empresas_vinculadas', 2)]
	];
	it.each(scans())('%s', async (_name, s) => {
		const expected = await node.scan(s);
		expect(await source.scan(s)).toEqual(expected);
	});

	it('over HTTP ranges too, downloading only the row groups of the indicator asked for', async () => {
		// 120 000 rows sorted by indicator, in row groups of 10 240 like the published files.
		const file = join(tmp, 'grande.parquet');
		const db = await DuckDBInstance.create(':memory:');
		const c = await db.connect();
		await c.run(`COPY (SELECT (i % 5 + 1)::SMALLINT AS edicion, 'I' || (i % 997) AS iniciativa_id,
			'ind' || (i // 10000) AS indicador, (i * 7 % 1000)::DOUBLE AS valor
			FROM range(120000) t(i) ORDER BY indicador, edicion, iniciativa_id)
			TO '${file}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 10240)`);
		c.closeSync();
		const bytes = new Uint8Array(readFileSync(file));
		const { fetchImpl, sent } = rangeServer(bytes);
		const remote = new ParquetSource((t) =>
			httpFile(`/data/${t}.parquet`, `${t}.parquet`, bytes.length, fetchImpl, 1024)
		);
		const s: Scan = {
			table: 'grande',
			columns: ['iniciativa_id', 'valor'],
			where: { indicador: 'ind3', edicion: 2 },
			order: ['iniciativa_id', 'valor']
		};
		const sqlDir = new NodeConnector(tmp);
		try {
			expect(await remote.scan(s)).toEqual(await sqlDir.scan(s));
		} finally {
			await sqlDir.close();
		}
		const total = sent.reduce((a, b) => a + b, 0);
		expect(total).toBeLessThan(bytes.length / 3);
	});
});

describe('readColumns + toArrowIPC (what the engine ingests)', () => {
	it.each(['resultados', 'iniciativas', 'agregados_departamento', 'indicadores', 'hitos'])(
		'%s: the same rows and types as the Parquet read by DuckDB',
		async (t) => {
			const f = await openParquet(
				`${t}.parquet`,
				memoryFile(fileBytes(join(data, `${t}.parquet`)))
			);
			const arrow = tableFromIPC(toArrowIPC(await readColumns(f)));
			const rows = arrow.toArray().map((r) => {
				const o = { ...r.toJSON() } as Record<string, unknown>;
				for (const k of Object.keys(o)) if (typeof o[k] === 'bigint') o[k] = Number(o[k]);
				return o;
			});
			expect(rows).toEqual(
				await node.query({ sql: `SELECT * FROM ${t}`, params: [], tables: [t] })
			);
		}
	);
});

describe('a bad file gives a Spanish message naming it', () => {
	const bytes = () => new Uint8Array(fileBytes(join(data, 'agregados_departamento.parquet')));
	const scan = indicatorValues('madurez');
	const failing = async (open: () => ReturnType<typeof httpFile> | AsyncBuffer) => {
		const src = new ParquetSource(() => open());
		const e = await src.scan(scan).then(
			() => null,
			(err: unknown) => err
		);
		expect(e).toBeInstanceOf(DataFileError);
		return (e as DataFileError).message;
	};
	it('missing (404)', async () => {
		const msg = await failing(() =>
			httpFile(
				'/x',
				'agregados_departamento.parquet',
				100,
				(async () => new Response('', { status: 404 })) as unknown as typeof fetch
			)
		);
		expect(msg).toBe(
			'No se pudo descargar el archivo de datos «agregados_departamento.parquet» (HTTP 404).'
		);
	});
	it('unreachable (offline)', async () => {
		const msg = await failing(() =>
			httpFile('/x', 'agregados_departamento.parquet', 100, (async () => {
				throw new TypeError('Failed to fetch');
			}) as unknown as typeof fetch)
		);
		expect(msg).toContain('sin conexión con el sitio');
	});
	it('truncated', async () => {
		const b = bytes();
		const msg = await failing(() =>
			httpFile(
				'/x',
				'agregados_departamento.parquet',
				b.length,
				(async () => new Response(b.slice(0, b.length / 2))) as unknown as typeof fetch
			)
		);
		expect(msg).toMatch(/«agregados_departamento\.parquet» está dañado o incompleto/);
	});
	it('garbled', async () => {
		const b = bytes();
		for (let i = 0; i < b.length; i += 7) b[i] = (b[i]! * 31 + 17) & 255;
		const msg = await failing(() => memoryFile(b.buffer));
		expect(msg).toMatch(/«agregados_departamento\.parquet» está dañado o incompleto/);
	});
});

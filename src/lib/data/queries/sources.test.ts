import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../node-connector';
import { referenceSources, sourceCoverage, sourceDomains } from './sources';

const FIXTURE = `
CREATE TABLE iniciativas AS SELECT * FROM (VALUES
  ('A', 'https://www.ccb.org.co/a https://confecamaras.org.co/x'),
  ('B', 'http://ccb.org.co/b?x=1'),
  ('C', NULL),
  ('D', '  '),
  ('E', 'https://redclustercolombia.gov.co/ https://www.ccb.org.co/c')
) t(iniciativa_id, fuente);
CREATE TABLE hitos AS SELECT * FROM (VALUES (2016, 'https://a.org'), (2023, 'https://a.org')) t(anio, fuente);
CREATE TABLE coyuntura AS SELECT * FROM (VALUES ('PIB', 'DANE (boletín)')) t(indicador, fuente);
`;

let dir: string;
let conn: NodeConnector;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sources-'));
	const c = await (await DuckDBInstance.create(':memory:')).connect();
	await c.run(FIXTURE);
	for (const t of ['iniciativas', 'hitos', 'coyuntura'])
		await c.run(`COPY ${t} TO '${join(dir, t)}.parquet' (FORMAT parquet)`);
	c.closeSync();
	conn = new NodeConnector(dir);
});

afterAll(async () => {
	await conn.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('source queries', () => {
	it('sourceDomains() counts initiatives per cited host, www. dropped, one per initiative', async () => {
		expect(await conn.query(sourceDomains())).toEqual([
			{ dominio: 'ccb.org.co', iniciativas: 3 },
			{ dominio: 'confecamaras.org.co', iniciativas: 1 },
			{ dominio: 'redclustercolombia.gov.co', iniciativas: 1 }
		]);
	});
	it('sourceCoverage() counts initiatives with a non-blank source', async () => {
		expect(await conn.query(sourceCoverage())).toEqual([{ total: 5, con_fuente: 3 }]);
	});
	it('referenceSources() lists each cited source of hitos and coyuntura with its rows', async () => {
		expect(await conn.query(referenceSources())).toEqual([
			{ tabla: 'hitos', fuente: 'https://a.org', filas: 2 },
			{ tabla: 'coyuntura', fuente: 'DANE (boletín)', filas: 1 }
		]);
	});
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

/**
 * Five initiatives: three of agro in Huila (41) or Tolima (73, which also covers Huila), one of
 * TIC in Huila, one of agro without a department. Values chosen so medians are easy by hand.
 */
export const INITIATIVES_FIXTURE = `
CREATE TABLE iniciativas AS SELECT * FROM (VALUES
  ('A', 'Clúster de Café del Huila', '41', 'Huila', 'Neiva', 'agro', 'Agroindustria', 'Café', 'CC Huila', 2015::SMALLINT, 2019::SMALLINT, 'Ganador 2024', 'https://a.example/x ; Boletín 2024', NULL),
  ('B', 'Cacao del Huila', '41', 'Huila', NULL, 'agro', 'Agroindustria', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  ('C', 'Arroz del Tolima', '73', 'Tolima', 'Ibagué', 'agro', 'Agroindustria', 'Arroz', NULL, NULL, 2019::SMALLINT, NULL, NULL, NULL),
  ('D', 'Software Huila', '41', 'Huila', 'Neiva', 'tic', 'TIC', NULL, NULL, NULL, 2020::SMALLINT, NULL, NULL, NULL),
  ('E', 'Ñame sin departamento', NULL, NULL, NULL, 'agro', 'Agroindustria', NULL, NULL, NULL, NULL, NULL, NULL, NULL)
) t(iniciativa_id, nombre, divipola, departamento, municipio, sector_id, sector, sector_detalle,
    entidad_lider, anio_inicio, anio_ingreso_red, reconocimiento_2024, fuente, notas);
CREATE TABLE iniciativa_departamentos AS SELECT * FROM (VALUES
  ('A', '41', true), ('B', '41', true), ('C', '73', true), ('C', '41', false), ('D', '41', true)
) t(iniciativa_id, divipola, principal);
CREATE TABLE resultados AS SELECT edicion::SMALLINT AS edicion, iniciativa_id, indicador, valor FROM (VALUES
  (1, 'A', 'empleos', 10.0), (1, 'B', 'empleos', 20.0), (1, 'C', 'empleos', 40.0),
  (1, 'D', 'empleos', 100.0), (1, 'E', 'empleos', 7.0),
  (2, 'A', 'empleos', 12.0), (2, 'C', 'empleos', 30.0), (2, 'D', 'empleos', 50.0),
  (1, 'A', 'madurez', 1.0), (1, 'B', 'madurez', 2.0), (1, 'C', 'madurez', 3.0), (2, 'A', 'madurez', 2.0),
  (1, 'A', 'plan', 1.0), (1, 'B', 'plan', 0.0), (1, 'C', 'plan', 1.0)
) t(edicion, iniciativa_id, indicador, valor);
`;

/** Writes the fixture tables as Parquet into a temporary folder; returns it. */
export async function writeInitiativesFixture(): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'iniciativas-'));
	const db = await DuckDBInstance.create(':memory:');
	const c = await db.connect();
	await c.run(INITIATIVES_FIXTURE);
	for (const t of ['iniciativas', 'iniciativa_departamentos', 'resultados'])
		await c.run(`COPY ${t} TO '${join(dir, t)}.parquet' (FORMAT parquet)`);
	c.closeSync();
	return dir;
}

import type { DuckDBConnection } from '@duckdb/node-api';
import type { ResultSink } from '../inputs/resultados.ts';
import { createTable, type Column, type Value } from './duckdb.ts';
import type { CopyTable, Departamento, Edicion, Indicador, Iniciativa, Sector } from './model.ts';

const V = 'VARCHAR' as const;
const cols = (spec: string): Column[] =>
	spec.split(',').map((p) => {
		const [name = '', type = V] = p.trim().split(' ') as [string, Column['type']];
		return { name, type };
	});

/** Loads the small validated tables into DuckDB staging tables (`in_*`). */
export async function stageTables(
	conn: DuckDBConnection,
	m: {
		departamentos: Departamento[];
		sectores: Sector[];
		indicadores: Indicador[];
		ediciones: Edicion[];
		iniciativas: Iniciativa[];
		copias: Record<string, CopyTable>;
	}
): Promise<void> {
	await createTable(
		conn,
		'in_departamentos',
		cols('divipola, nombre, nombre_corto, iso_3166_2, capital, lat DOUBLE, lon DOUBLE'),
		m.departamentos.map((d) => [
			d.divipola,
			d.nombre,
			d.nombre_corto,
			d.iso_3166_2,
			d.capital,
			d.lat,
			d.lon
		])
	);
	await createTable(
		conn,
		'in_sectores',
		cols('sector_id, nombre, nombre_en'),
		m.sectores.map((s) => [s.sector_id, s.nombre, s.nombre_en])
	);
	await createTable(
		conn,
		'in_indicadores',
		cols(
			'codigo, nombre, dimension, unidad, tipo, niveles, agregacion, minimo DOUBLE, maximo DOUBLE, mayor_es_mejor BOOLEAN, descripcion, nombre_en, descripcion_en, niveles_en, orden INTEGER, k INTEGER'
		),
		m.indicadores.map((i) => [
			i.codigo,
			i.nombre,
			i.dimension,
			i.unidad,
			i.tipo,
			i.niveles.length ? i.niveles.join('|') : null,
			i.agregacion,
			i.minimo,
			i.maximo,
			i.mayor_es_mejor,
			i.descripcion,
			i.nombre_en,
			i.descripcion_en,
			i.niveles_en ? i.niveles_en.join('|') : null,
			i.orden,
			i.niveles.length
		])
	);
	await createTable(
		conn,
		'in_ediciones',
		cols('edicion SMALLINT, anio_campo SMALLINT, etiqueta, fecha_corte'),
		m.ediciones.map((e) => [e.edicion, e.anio_campo, e.etiqueta, e.fecha_corte])
	);
	const keys = [
		'iniciativa_id',
		'nombre',
		'divipola',
		'departamento',
		'municipio',
		'sector_id',
		'sector',
		'sector_detalle',
		'entidad_lider',
		'anio_inicio',
		'anio_ingreso_red',
		'reconocimiento_2024',
		'fuente',
		'notas'
	] as const;
	const ints = new Set(['anio_inicio', 'anio_ingreso_red']);
	await createTable(
		conn,
		'in_iniciativas',
		keys.map((k) => ({ name: k, type: ints.has(k) ? 'SMALLINT' : V })),
		m.iniciativas.map((i) => keys.map((k) => i[k]))
	);
	const links: Value[][] = [];
	for (const i of m.iniciativas) {
		if (i.divipola) links.push([i.iniciativa_id, i.divipola, true]);
		for (const d of i.adicionales) links.push([i.iniciativa_id, d, false]);
	}
	await createTable(
		conn,
		'in_iniciativa_departamentos',
		cols('iniciativa_id, divipola, principal BOOLEAN'),
		links
	);
	for (const [name, t] of Object.entries(m.copias))
		await createTable(
			conn,
			`in_${name}`,
			[...t.columns, { name: '_fila', type: 'INTEGER' }],
			t.rows.map((r, k) => [...r, k + 1])
		);
}

/** Opens the results tables and returns a sink that appends validated values to them. */
export async function resultSink(conn: DuckDBConnection): Promise<ResultSink & { close(): void }> {
	await conn.run(
		'CREATE TABLE in_resultados (edicion SMALLINT, iniciativa_id VARCHAR, indicador VARCHAR, valor DOUBLE)'
	);
	await conn.run('CREATE TABLE in_presencia (edicion SMALLINT, iniciativa_id VARCHAR)');
	const values = await conn.createAppender('in_resultados');
	const presence = await conn.createAppender('in_presencia');
	return {
		value(edicion, id, indicador, valor) {
			values.appendSmallInt(edicion);
			values.appendVarchar(id);
			values.appendVarchar(indicador);
			values.appendDouble(valor);
			values.endRow();
		},
		present(edicion, id) {
			presence.appendSmallInt(edicion);
			presence.appendVarchar(id);
			presence.endRow();
		},
		close() {
			values.closeSync();
			presence.closeSync();
		}
	};
}

import { describe, expect, it } from 'vitest';
import { parseExploreState, serializeExploreState } from './explore-url';
import { MAX_SQL_LENGTH } from './sql-guard';

const parse = (qs: string) => parseExploreState(new URLSearchParams(qs));

describe('explore URL state', () => {
	it('serializeExploreState → parseExploreState round-trips any query text', () => {
		const sql =
			"SELECT nombre, 'a&b=c #1' AS x\nFROM iniciativas WHERE departamento = 'Bogotá, D.C.' -- ñ";
		const qs = serializeExploreState(sql);
		expect(qs.startsWith('?sql=')).toBe(true);
		expect(parse(qs.slice(1))).toEqual({ sql, notices: [] });
	});
	it('serializeExploreState("") is empty and a bare URL has no query', () => {
		expect(serializeExploreState('  ')).toBe('');
		expect(parse('')).toEqual({ sql: null, notices: [] });
	});
	it('parseExploreState reads legacy names (q, consulta)', () => {
		expect(parse('q=SELECT+1').sql).toBe('SELECT 1');
		expect(parse('consulta=SELECT+2').sql).toBe('SELECT 2');
	});
	it('parseExploreState ignores unknown and repeated parameters with notices', () => {
		expect(parse('sql=SELECT+1&sql=SELECT+2&foo=1')).toEqual({
			sql: 'SELECT 1',
			notices: [
				'El parámetro «sql» aparece más de una vez; se usó el primero.',
				'Se ignoró el parámetro desconocido «foo».'
			]
		});
	});
	it('parseExploreState does not load an oversized query and says so', () => {
		expect(MAX_SQL_LENGTH).toBe(4000);
		const r = parse(`sql=${'x'.repeat(MAX_SQL_LENGTH + 1)}`);
		expect(r.sql).toBeNull();
		expect(r.notices).toEqual([
			'La consulta del enlace es demasiado larga (más de 4.000 caracteres); no se cargó.'
		]);
	});
});

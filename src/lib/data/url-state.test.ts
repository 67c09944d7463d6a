import { describe, expect, it } from 'vitest';
import { catalog } from '../test-fixtures';
import { defaultState, MAX_NOTICES, parseMapState, serializeMapState } from './url-state';

const parse = (qs: string) => parseMapState(new URLSearchParams(qs), catalog);

describe('parseMapState', () => {
	it('gives the defaults for an empty query: first indicator, latest edition, all sectors', () => {
		expect(parse('')).toEqual({
			state: { indicador: 'madurez', edicion: 2, sector: '*', depto: null },
			notices: []
		});
	});

	it('reads every control and pads DIVIPOLA codes', () => {
		const { state, notices } = parse('indicador=empresas_vinculadas&edicion=1&sector=tic&depto=5');
		expect(state).toEqual({
			indicador: 'empresas_vinculadas',
			edicion: 1,
			sector: 'tic',
			depto: '05'
		});
		expect(notices).toEqual([]);
	});

	it('accepts legacy parameter names and a fieldwork year as edition', () => {
		expect(parse('ind=empresas_vinculadas&anio=2016').state).toMatchObject({
			indicador: 'empresas_vinculadas',
			edicion: 1
		});
	});

	it('falls back to defaults with a notice for unknown, malformed, repeated and huge values', () => {
		const { state, notices } = parse(
			`foo=1&indicador=%3Cscript%3E&edicion=99&edicion=1&sector=${'x'.repeat(500)}&depto=00`
		);
		expect(state).toEqual(defaultState(catalog));
		expect(notices).toEqual([
			'Se ignoró el parámetro desconocido «foo».',
			'«<script>» no es un valor válido de «indicador»; se usó el predeterminado.',
			'«99» no es un valor válido de «edicion»; se usó el predeterminado.',
			'El parámetro «edicion» aparece más de una vez; se usó el primero.',
			'El valor de «sector» es demasiado largo; se usó el predeterminado.',
			'«00» no es un valor válido de «depto»; se usó el predeterminado.'
		]);
	});
});

describe('parseMapState with thousands of parameters', () => {
	it('keeps the first value, says each problem once and summarises the rest', () => {
		const qs = [
			'indicador=empresas_vinculadas',
			...Array.from({ length: 2000 }, () => 'indicador=madurez'),
			...Array.from({ length: 3000 }, (_, i) => `p${i}=1`)
		].join('&');
		const { state, notices } = parse(qs);
		expect(state.indicador).toBe('empresas_vinculadas');
		expect(notices).toHaveLength(MAX_NOTICES);
		expect(notices[0]).toBe('El parámetro «indicador» aparece más de una vez; se usó el primero.');
		expect(notices[1]).toBe('Se ignoró el parámetro desconocido «p0».');
		// 1 repeated-parameter notice + 3000 unknown ones, minus the 7 shown.
		expect(notices.at(-1)).toBe('… y 2.994 avisos más sobre parámetros de la dirección.');
	});
});

describe('serializeMapState', () => {
	it('writes only what differs from the defaults', () => {
		expect(serializeMapState(defaultState(catalog), catalog)).toBe('');
		expect(
			serializeMapState(
				{ indicador: 'empresas_vinculadas', edicion: 1, sector: 'agro', depto: '11' },
				catalog
			)
		).toBe('?indicador=empresas_vinculadas&edicion=1&sector=agro&depto=11');
	});

	it('round-trips through parseMapState', () => {
		const s = { indicador: 'empresas_vinculadas', edicion: 1, sector: 'tic', depto: '05' };
		expect(parse(serializeMapState(s, catalog).slice(1)).state).toEqual(s);
	});
});

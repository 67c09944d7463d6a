import { describe, expect, it } from 'vitest';
import { catalog } from '../test-fixtures';
import {
	CHANGE_DEFAULTS,
	defaultState,
	MAX_NOTICES,
	parseMapState,
	serializeMapState
} from './url-state';

const parse = (qs: string) => parseMapState(new URLSearchParams(qs), catalog);

describe('parseMapState', () => {
	it('gives the defaults for an empty query: first indicator, latest edition, all sectors', () => {
		expect(parse('')).toEqual({
			state: { indicador: 'madurez', edicion: 2, sector: '*', depto: null, ...CHANGE_DEFAULTS },
			notices: []
		});
	});

	it('reads every control and pads DIVIPOLA codes', () => {
		const { state, notices } = parse('indicador=empresas_vinculadas&edicion=1&sector=tic&depto=5');
		expect(state).toEqual({
			indicador: 'empresas_vinculadas',
			edicion: 1,
			sector: 'tic',
			depto: '05',
			...CHANGE_DEFAULTS
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
				{
					indicador: 'empresas_vinculadas',
					edicion: 1,
					sector: 'agro',
					depto: '11',
					...CHANGE_DEFAULTS
				},
				catalog
			)
		).toBe('?indicador=empresas_vinculadas&edicion=1&sector=agro&depto=11');
	});

	it('round-trips through parseMapState', () => {
		const s = {
			indicador: 'empresas_vinculadas',
			edicion: 1,
			sector: 'tic',
			depto: '05',
			...CHANGE_DEFAULTS
		};
		expect(parse(serializeMapState(s, catalog).slice(1)).state).toEqual(s);
	});
});

describe('the change mode in the map codec', () => {
	it('reads modo, desde, hasta (number or field year), cambio, cohorte and nivel', () => {
		const { state, notices } = parse(
			'modo=cambio&desde=2016&hasta=2&cambio=pct&cohorte=todas&nivel=2'
		);
		expect(state).toMatchObject({
			modo: 'cambio',
			desde: 1,
			hasta: 2,
			cambio: 'pct',
			cohorte: 'todas',
			nivel: 2
		});
		expect(notices).toEqual([]);
	});

	it('round-trips every change choice, writing only what differs from the defaults', () => {
		const base = defaultState(catalog);
		const states = [
			{ ...base, modo: 'cambio' as const },
			{ ...base, modo: 'cambio' as const, desde: 1, hasta: 2, cambio: 'pct' as const },
			{ ...base, modo: 'cambio' as const, cohorte: 'todas' as const, nivel: 3, sector: 'tic' },
			{ ...base, indicador: 'empresas_vinculadas', modo: 'cambio' as const, depto: '05' }
		];
		for (const s of states) expect(parse(serializeMapState(s, catalog).slice(1)).state).toEqual(s);
		expect(serializeMapState(states[0]!, catalog)).toBe('?modo=cambio');
		expect(serializeMapState(states[1]!, catalog)).toBe('?modo=cambio&desde=1&hasta=2&cambio=pct');
	});

	it('keeps value-mode links as they were: no change parameters unless in change mode', () => {
		const s = { ...defaultState(catalog), cohorte: 'todas' as const, desde: 1 };
		expect(serializeMapState(s, catalog)).toBe('');
		expect(parse('edicion=1&sector=agro').state).toMatchObject({
			...CHANGE_DEFAULTS
		});
	});

	it('falls back to the defaults with a notice for bad change values', () => {
		const { state, notices } = parse('modo=x&desde=9&cambio=rel&cohorte=todos&nivel=7');
		expect(state).toEqual(defaultState(catalog));
		expect(notices).toEqual([
			'«x» no es un valor válido de «modo»; se usó el predeterminado.',
			'«9» no es un valor válido de «desde»; se usó el predeterminado.',
			'«rel» no es un valor válido de «cambio»; se usó el predeterminado.',
			'«todos» no es un valor válido de «cohorte»; se usó el predeterminado.',
			'«7» no es un valor válido de «nivel»; se usó el predeterminado.'
		]);
	});
});

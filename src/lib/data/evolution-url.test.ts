import { describe, expect, it } from 'vitest';
import { catalog, indicator } from '../test-fixtures';
import {
	defaultEvolutionIndicator,
	defaultEvolutionState,
	evolutionFilter,
	MAX_DEPTOS,
	parseEvolutionState,
	serializeEvolutionState
} from './evolution-url';
import type { Catalog } from './types';

const cat: Catalog = {
	...catalog,
	ediciones: [1, 2, 3, 4, 5].map((e) => ({
		edicion: e,
		anio_campo: 2014 + 2 * e,
		etiqueta: `SSME ${2014 + 2 * e}`,
		fecha_corte: `${2014 + 2 * e}-11-30`
	})),
	indicadores: [...catalog.indicadores, indicator({ codigo: 'indice', agregacion: 'promedio' })],
	departamentos: [
		...catalog.departamentos,
		...['08', '13', '15', '17', '18', '19', '20'].map((d) => ({
			divipola: d,
			nombre: d,
			nombre_corto: d
		}))
	]
};
const parse = (qs: string) => parseEvolutionState(new URLSearchParams(qs), cat);

describe('defaultEvolutionState', () => {
	it('skips a leading category indicator for the first summed number', () => {
		expect(defaultEvolutionIndicator(cat)).toBe('empresas_vinculadas');
		expect(defaultEvolutionState(cat)).toEqual({
			indicador: 'empresas_vinculadas',
			desglose: 'nacional',
			deptos: [],
			iniciativa: null,
			ediciones: [1, 2, 3, 4, 5],
			cohorte: 'todas'
		});
	});
});

describe('parseEvolutionState', () => {
	it('reads every parameter', () => {
		const { state, notices } = parse(
			'indicador=indice&desglose=departamentos&deptos=05,11&cohorte=panel&ediciones=2-4'
		);
		expect(notices).toEqual([]);
		expect(state).toEqual({
			indicador: 'indice',
			desglose: 'departamentos',
			deptos: ['05', '11'],
			iniciativa: null,
			ediciones: [2, 3, 4],
			cohorte: 'panel'
		});
	});

	it('accepts field years, lists and legacy names (the map’s depto implies departamentos)', () => {
		const { state, notices } = parse('ind=indice&depto=5&edicion=2016,2020&cohort=panel');
		expect(notices).toEqual([]);
		expect(state.desglose).toBe('departamentos');
		expect(state.deptos).toEqual(['05']);
		expect(state.ediciones).toEqual([1, 3]);
		expect(state.cohorte).toBe('panel');
		expect(parse('init=ABC-1').state).toMatchObject({
			desglose: 'iniciativa',
			iniciativa: 'ABC-1'
		});
	});

	it('falls back with a Spanish notice for every bad parameter', () => {
		const { state, notices } = parse(
			'indicador=<script>&desglose=zzz&cohorte=algunas&ediciones=9&deptos=99,05&iniciativa=a b&x=1&indicador=indice'
		);
		expect(state).toEqual({ ...defaultEvolutionState(cat), deptos: ['05'] });
		expect(notices).toEqual([
			'«<script>» no es un valor válido de «indicador»; se usó el predeterminado.',
			'«zzz» no es un valor válido de «desglose»; se usó el predeterminado.',
			'«algunas» no es un valor válido de «cohorte»; se usó el predeterminado.',
			'«9» no es una edición; se ignoró.',
			'«9» no es un valor válido de «ediciones»; se usó el predeterminado.',
			'«99» no es un departamento (código DIVIPOLA); se ignoró.',
			'«a b» no es un valor válido de «iniciativa»; se usó el predeterminado.',
			// Past MAX_NOTICES the rest is one line, as on the map.
			'… y 2 avisos más sobre parámetros de la dirección.'
		]);
	});

	it(`keeps at most ${MAX_DEPTOS} departments`, () => {
		const all = cat.departamentos.map((d) => d.divipola);
		const { state, notices } = parse(`deptos=${all.join(',')}`);
		expect(state.deptos).toEqual(all.slice(0, MAX_DEPTOS));
		expect(notices).toHaveLength(1);
	});

	it('refuses oversized values', () => {
		expect(parse(`iniciativa=${'a'.repeat(100)}`).notices[0]).toContain('demasiado largo');
	});
});

describe('serializeEvolutionState', () => {
	it('is empty for the defaults and round-trips any state', () => {
		expect(serializeEvolutionState(defaultEvolutionState(cat), cat)).toBe('');
		for (const qs of [
			'?indicador=indice&desglose=departamentos&deptos=11,05&cohorte=panel&ediciones=2-4',
			'?desglose=sector&ediciones=1,3,5',
			'?desglose=iniciativa&iniciativa=X_1&ediciones=4,5'
		]) {
			const { state, notices } = parse(qs.slice(1));
			expect(notices).toEqual([]);
			expect(serializeEvolutionState(state, cat)).toBe(qs);
		}
	});

	it('drops what the breakdown does not use', () => {
		const s = { ...defaultEvolutionState(cat), deptos: ['05'], iniciativa: 'A' };
		expect(serializeEvolutionState(s, cat)).toBe('');
		expect(evolutionFilter(s)).toMatchObject({ deptos: [], iniciativa: null });
	});
});

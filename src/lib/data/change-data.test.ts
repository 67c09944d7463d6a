import { describe, expect, it } from 'vitest';
import { catalog } from '../test-fixtures';
import { resolveChange, type ChangeRequest } from './change-data';
import type { MapData } from './map-data';

const national = (n: number): MapData => ({
	values: [],
	national: { divipola: '*', valor: n ? 1 : null, n_reportan: n, n_iniciativas: 5 },
	distribution: []
});
const req = (patch: Partial<ChangeRequest> = {}): ChangeRequest => ({
	indicador: 'empresas_vinculadas',
	sector: '*',
	desde: null,
	hasta: null,
	cohorte: 'panel',
	nivel: null,
	...patch
});
const cat3 = {
	...catalog,
	ediciones: [
		...catalog.ediciones,
		{ edicion: 3, anio_campo: 2020, etiqueta: 'SSME 2020', fecha_corte: '2020-12-31' }
	]
};

describe('resolveChange', () => {
	it('compares the latest edition with the latest earlier one that has reports', () => {
		const all = new Map([
			['1|*', national(4)],
			['2|*', national(0)],
			['3|*', national(6)]
		]);
		expect(resolveChange(req(), cat3, all)).toMatchObject({ desde: 1, hasta: 3 });
		all.set('2|*', national(2));
		expect(resolveChange(req(), cat3, all)).toMatchObject({ desde: 2, hasta: 3 });
	});

	it('keeps editions and level the URL chose; a category defaults to its highest level', () => {
		expect(resolveChange(req({ desde: 1, hasta: 2 }), cat3, new Map())).toMatchObject({
			desde: 1,
			hasta: 2,
			nivel: null
		});
		expect(resolveChange(req({ indicador: 'madurez' }), cat3, new Map()).nivel).toBe(3);
		expect(resolveChange(req({ indicador: 'madurez', nivel: 1 }), cat3, new Map()).nivel).toBe(1);
	});

	it('falls back to the previous edition when none has reports', () => {
		expect(resolveChange(req(), cat3, new Map())).toMatchObject({ desde: 2, hasta: 3 });
	});
});

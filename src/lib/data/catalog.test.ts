import { describe, expect, it } from 'vitest';
import { catalog } from '../test-fixtures';
import { catalogOf, CatalogIndex } from './catalog';

describe('CatalogIndex', () => {
	const c = catalogOf(catalog);

	it('catalogOf(cat) builds one index per plain catalogue', () => {
		expect(c).toBeInstanceOf(CatalogIndex);
		expect(catalogOf(catalog)).toBe(c);
		expect(c.data).toBe(catalog);
	});

	it('answers by key what find() answered', () => {
		for (const i of catalog.indicadores) expect(c.indicator(i.codigo)).toBe(i);
		for (const d of catalog.departamentos) expect(c.department(d.divipola)).toBe(d);
		for (const s of catalog.sectores) expect(c.sector(s.sector_id)).toBe(s);
		for (const e of catalog.ediciones) {
			expect(c.edition(e.edicion)).toBe(e);
			expect(c.editionOrYear(e.anio_campo)).toBe(
				catalog.ediciones.find((x) => x.edicion === e.anio_campo) ??
					catalog.ediciones.find((x) => x.anio_campo === e.anio_campo)
			);
		}
	});

	it('unknown or missing keys give undefined, names fall back to the key', () => {
		expect(c.indicator('nada')).toBeUndefined();
		expect(c.department(null)).toBeUndefined();
		expect(c.sector(undefined)).toBeUndefined();
		expect(c.edition(null)).toBeUndefined();
		expect(c.departmentName('99')).toBe('99');
		expect(c.editionLabel(42)).toBe('42');
	});
});

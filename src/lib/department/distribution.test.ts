import { describe, expect, it } from 'vitest';
import { linkCounts, maturityDistribution, sectorCounts } from './distribution';
import type { LinkRow } from './queries';

const level = (divipola: string, edicion: number, nivel: number, n: number) => ({
	divipola,
	edicion,
	nivel,
	n
});

describe('maturityDistribution', () => {
	const rows = [
		level('05', 1, 1, 2),
		level('05', 1, 2, 1),
		level('05', 1, 3, 0),
		level('05', 2, 1, 0),
		level('05', 2, 2, 0),
		level('05', 2, 3, 0),
		level('05', 3, 3, 4),
		level('11', 1, 1, 9)
	];
	it('counts per level in edition order, only this department', () => {
		expect(maturityDistribution(rows, '05', [1, 2, 3], 3)).toEqual([
			{ edicion: 1, counts: [2, 1, 0], total: 3 },
			{ edicion: 3, counts: [0, 0, 4], total: 4 }
		]);
	});
	it('an edition where nobody reported a level is left out (a gap, not zeros)', () => {
		expect(maturityDistribution(rows, '05', [2], 3)).toEqual([]);
		expect(maturityDistribution(rows, '99', [1, 2, 3], 3)).toEqual([]);
	});
});

const link = (id: string, sector_id: string, sector: string, principal: boolean): LinkRow => ({
	divipola: '05',
	principal,
	iniciativa_id: id,
	nombre: id,
	municipio: null,
	sector_id,
	sector,
	nivel: null,
	nivel_edicion: null
});

describe('sectorCounts and linkCounts', () => {
	const links = [
		link('a', 'tic', 'TIC', true),
		link('b', 'agro', 'Agroindustria', true),
		link('c', 'tic', 'TIC', false),
		link('d', 'energia', 'Energía', true)
	];
	it('sectorCounts(links) counts all and primary, most first then by name (es-CO)', () => {
		expect(sectorCounts(links)).toEqual([
			{ sector_id: 'tic', sector: 'TIC', total: 2, principal: 1 },
			{ sector_id: 'agro', sector: 'Agroindustria', total: 1, principal: 1 },
			{ sector_id: 'energia', sector: 'Energía', total: 1, principal: 1 }
		]);
	});
	it('linkCounts(links) splits primary and shared', () => {
		expect(linkCounts(links)).toEqual({ principal: 3, compartidas: 1 });
		expect(linkCounts([])).toEqual({ principal: 0, compartidas: 0 });
	});
});

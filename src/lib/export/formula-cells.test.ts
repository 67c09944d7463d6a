import { describe, expect, it } from 'vitest';
import type { ConsoleResult } from '$lib/data/SqlConsole.svelte';
import { resultColumns, resultRows } from '$lib/data/result-table';
import { directoryExportFilters, directoryExportTable } from '$lib/directory/export';
import { defaultDirectoryState } from '$lib/directory/url-state';
import { evolutionExportFilters, evolutionExportTable } from '$lib/evolution/export';
import { resultCsv } from '$lib/explore/result-csv';
import { mapExportTable } from '$lib/map/export';
import { profileExportTable } from '$lib/profile/export';
import type { InitiativeProfile } from '$lib/profile/profile';
import { catalog, indicator, madurez } from '$lib/test-fixtures';
import { tableFromIPC, tableToIPC, tableFromArrays } from 'apache-arrow';
import { csvCell, csvComment, toCsv } from './csv';
import { exportCsv } from './export-csv';
import { formulaCells } from './formula-cells';
import type { ExportMeta } from './meta';

/** What an attacker controls: a search term, an initiative's name, a query, a title. */
const HOSTILE = [
	'x,=HYPERLINK("http://evil","clic")',
	'a;=1+1',
	'b, -2+3',
	'c,"=cmd|\' /C calc\'!A0"',
	'd\t@SUM(A1)',
	'e,\t=x',
	'=inicio',
	'+57 300',
	'f;  @x'
];
const evil = HOSTILE.join(' ');

const meta = (title: string): ExportMeta => ({
	title,
	filters: [
		{ label: 'Búsqueda', value: evil },
		{ label: 'Indicador', value: '=1+1' }
	],
	version: 'v1,=2+2',
	generado: '2026-11-24T12:00:00Z',
	muestra: true,
	source: 'Fuente: SSME, -1+1',
	exportedAt: new Date('2026-11-30T00:00:00Z'),
	url: 'http://x/?q=,=1+1'
});

const cat = {
	...catalog,
	departamentos: catalog.departamentos.map((d) => ({ ...d, nombre: `${d.nombre}${HOSTILE[0]}` })),
	sectores: catalog.sectores.map((s) => ({ ...s, nombre: HOSTILE[1]! }))
};

describe('formulaCells', () => {
	it('formulaCells() finds a formula after a comma, a semicolon, a tab and inside a quoted cell', () => {
		expect(formulaCells('# a,=1\r\n')).toEqual(['=1']);
		expect(formulaCells('# a;@x\r\n')).toEqual(['@x']);
		expect(formulaCells('a,"=b"\r\n')).toEqual(['=b']);
		expect(formulaCells('n\r\n-3\r\n1.5e-7\r\n')).toEqual([]);
	});

	it('the old metadata line (`# ` + raw text) carried formula cells', () => {
		expect(formulaCells(`# Búsqueda = ${evil}\r\n`).length).toBeGreaterThan(3);
	});
});

describe('no formula cell in any downloaded CSV', () => {
	it('csvComment() and csvCell() leave no formula cell for any hostile text', () => {
		for (const h of HOSTILE) {
			expect(formulaCells(csvComment(h)), h).toEqual([]);
			expect(formulaCells(csvCell(h)), h).toEqual([]);
		}
		expect(csvComment('SELECT a, b FROM t')).toBe('# SELECT a, b FROM t');
	});

	it('map: exportCsv(mapExportTable(…)) with hostile names and filters', () => {
		const ind = indicator({ codigo: '=ind' });
		const t = mapExportTable(
			ind,
			{ indicador: '=ind', edicion: 1, sector: '@s' },
			{ etiqueta: '=SSME', anio_campo: 2024 },
			[{ divipola: '05', valor: -5, n_reportan: 1, n_iniciativas: 2 }],
			cat.departamentos
		);
		expect(formulaCells(exportCsv(t, meta(`Mapa ${evil}`)))).toEqual([]);
	});

	it('evolution: exportCsv(evolutionExportTable(…)) with hostile series names', () => {
		const f = {
			indicador: 'empresas_vinculadas',
			desglose: 'departamentos' as const,
			deptos: ['05'],
			iniciativa: null,
			ediciones: [1, 2],
			cohorte: 'todas' as const
		};
		const data = {
			kind: 'valores' as const,
			valores: [{ edicion: 1, serie: '05', valor: -1, n: 1 }],
			niveles: [],
			iniciativa: null,
			falta: null
		};
		const t = evolutionExportTable(cat, indicator(), f, data);
		const filters = evolutionExportFilters(cat, indicator(), f, data);
		const m = { ...meta(evil), filters: [...filters, ...meta('').filters] };
		expect(formulaCells(exportCsv(t, m))).toEqual([]);
	});

	it('directory: a ?q= search and an initiative name with `,=` give no formula cell', () => {
		const s = { ...defaultDirectoryState(), q: evil };
		const t = directoryExportTable(
			[
				{
					id: '=id',
					nombre: evil,
					municipio: '+m',
					divipola: '05',
					adicionales: ['11'],
					sector: 'agro',
					ingreso: 2015,
					madurez: [1, 2]
				}
			],
			cat,
			null
		);
		const m = { ...meta('Directorio'), filters: directoryExportFilters(s, cat) };
		const csv = exportCsv(t, m);
		expect(csv).toContain('Búsqueda');
		expect(formulaCells(csv)).toEqual([]);
	});

	it('profile: an initiative named with `,=` gives no formula cell', () => {
		const p: InitiativeProfile = {
			iniciativa: {
				iniciativa_id: 'ic-1',
				nombre: evil,
				divipola: '05',
				sector_id: 'agro'
			} as InitiativeProfile['iniciativa'],
			adicionales: [],
			madurez: [],
			comparaciones: [
				{
					indicador: madurez.codigo,
					measure: 'nivel_mediano',
					series: [
						{
							key: 'iniciativa',
							label: evil,
							points: [{ x: 'SSME 2016', y: 2, edicion: 1, n: null }]
						}
					]
				}
			]
		} as InitiativeProfile;
		const csv = exportCsv(profileExportTable(p, cat), meta(`Perfil de ${evil}`));
		expect(formulaCells(csv)).toEqual([]);
	});

	it('console: resultCsv() of a query carrying `,=` in a comment, a column name and a value', () => {
		const sql = `SELECT 1 AS "=x" -- ${evil}`;
		const table = tableFromIPC(tableToIPC(tableFromArrays({ '=x': [evil, '-1+1'], n: [-1, 2] })));
		const batches = table.batches;
		const columns = resultColumns(batches[0]);
		const result: ConsoleResult = {
			sql,
			columns,
			rows: resultRows(batches, columns, 10),
			total: 2,
			ms: 1,
			batches
		};
		const csv = resultCsv(result, { version: 'v', generado: 'g', muestra: true });
		expect(csv).toContain('Consulta:');
		expect(formulaCells(csv)).toEqual([]);
	});

	it('toCsv() with hostile comments, header and cells', () => {
		const csv = toCsv([{ [evil]: evil }], [evil], { comments: HOSTILE });
		expect(formulaCells(csv)).toEqual([]);
	});
});

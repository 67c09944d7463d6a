import { describe, expect, it } from 'vitest';
import type { Catalog } from '$lib/data/types';
import { catalog as baseCatalog, indicator, madurez } from '$lib/test-fixtures';
import { fold } from './fold';
import {
	buildIndex,
	decodeIndex,
	encodeIndex,
	type DirectoryIndex,
	type DirectoryRow
} from './index-data';
import { PAGE_SIZE, prepareIndex, select, shownLevel } from './select';
import {
	defaultDirectoryState,
	parseDirectoryState,
	serializeDirectoryState,
	type DirectoryState
} from './url-state';

const catalog: Catalog = {
	...baseCatalog,
	indicadores: [madurez, indicator()],
	departamentos: [
		{ divipola: '05', nombre: 'Antioquia', nombre_corto: 'Antioquia' },
		{ divipola: '41', nombre: 'Huila', nombre_corto: 'Huila' },
		{ divipola: '73', nombre: 'Tolima', nombre_corto: 'Tolima' }
	]
};

const row = (patch: Partial<DirectoryRow> & { id: string; nombre: string }): DirectoryRow => ({
	municipio: null,
	divipola: '05',
	adicionales: [],
	sector: 'agro',
	ingreso: null,
	madurez: [null, null],
	...patch
});

// In accent-insensitive name order, as initiativeCatalog() returns them.
const ROWS: DirectoryRow[] = [
	row({
		id: 'C',
		nombre: 'Arroz del Tolima',
		divipola: '73',
		adicionales: ['41'],
		madurez: [3, 0]
	}),
	row({ id: 'B', nombre: 'Cacao del Huila', divipola: '41', ingreso: 2024, madurez: [2, null] }),
	row({ id: 'A', nombre: 'Clúster de Café del Huila', divipola: '41', madurez: [1, 2] }),
	row({ id: 'E', nombre: 'Ñame', divipola: null, municipio: 'Montería' }),
	row({ id: 'D', nombre: 'Software', sector: 'tic', ingreso: 2019, madurez: [null, 3] })
];
const index: DirectoryIndex = { version: 'v', muestra: true, ediciones: [1, 2], filas: ROWS };
const prepared = prepareIndex(index, catalog);
const run = (patch: Partial<DirectoryState>) =>
	select(prepared, { ...defaultDirectoryState(), ...patch });
const ids = (patch: Partial<DirectoryState>) => run(patch).pageRows.map((r) => r.id);

describe('fold', () => {
	it('ignores accents, case and extra spaces', () => {
		expect(fold('  Clúster de  CAFÉ ')).toBe('cluster de cafe');
		expect(fold('Ñame')).toBe('name');
	});
});

describe('select', () => {
	it('select({ q: "cafe" }) finds "Clúster de Café del Huila"', () => {
		expect(ids({ q: 'cafe' })).toEqual(['A']);
		expect(ids({ q: 'CAFÉ DEL' })).toEqual(['A']);
	});

	it('searches the city and the department name too', () => {
		expect(ids({ q: 'monteria' })).toEqual(['E']);
		expect(ids({ q: 'tolima' })).toEqual(['C']);
	});

	it('select({ depto }) includes initiatives that share the department', () => {
		expect(ids({ depto: '41' })).toEqual(['C', 'B', 'A']);
	});

	it('filters by sector and year joined', () => {
		expect(ids({ sector: 'tic' })).toEqual(['D']);
		expect(ids({ ingreso: 2024 })).toEqual(['B']);
	});

	it('select({ edicion }) keeps initiatives that reported in it, with or without a level', () => {
		expect(ids({ edicion: 2 })).toEqual(['C', 'A', 'D']);
		expect(ids({ edicion: 1 })).toEqual(['C', 'B', 'A']);
	});

	it('select({ madurez }) uses the chosen edition, or the latest level reported', () => {
		expect(ids({ edicion: 1, madurez: 2 })).toEqual(['B']);
		// Latest: C 3 (edition 2 had no level), B 2, A 2, D 3.
		expect(ids({ madurez: 2 })).toEqual(['B', 'A']);
		expect(ids({ madurez: 3 })).toEqual(['C', 'D']);
		expect(shownLevel(ROWS[0]!, 1)).toBeNull();
	});

	it('counts what matched out of the total', () => {
		const s = run({ sector: 'agro' });
		expect([s.matched.length, s.total]).toEqual([4, 5]);
	});

	it('sorts by department name, sector, year and maturity, missing values last in both directions', () => {
		expect(ids({ orden: 'departamento' })).toEqual(['D', 'B', 'A', 'C', 'E']);
		expect(ids({ orden: 'departamento', desc: true })).toEqual(['C', 'B', 'A', 'D', 'E']);
		expect(ids({ orden: 'ingreso' })).toEqual(['D', 'B', 'C', 'A', 'E']);
		expect(ids({ orden: 'ingreso', desc: true })).toEqual(['B', 'D', 'C', 'A', 'E']);
		expect(ids({ orden: 'madurez', desc: true })).toEqual(['C', 'D', 'B', 'A', 'E']);
		expect(ids({ orden: 'nombre', desc: true })).toEqual(['D', 'E', 'A', 'B', 'C']);
	});

	it('pages by PAGE_SIZE and clamps the page number', () => {
		const many = Array.from({ length: 120 }, (_, i) =>
			row({ id: `X${i}`, nombre: `Iniciativa ${String(i).padStart(3, '0')}` })
		);
		const p = prepareIndex({ ...index, filas: many }, catalog);
		const s3 = select(p, { ...defaultDirectoryState(), pagina: 3 });
		expect([s3.page, s3.pages, s3.pageRows.length]).toEqual([3, 3, 120 - 2 * PAGE_SIZE]);
		expect(s3.pageRows[0]!.id).toBe(`X${2 * PAGE_SIZE}`);
		expect(select(p, { ...defaultDirectoryState(), pagina: 99 }).page).toBe(3);
	});

	it('filters and sorts 20 000 initiatives (time budgets are in the bench, not here)', () => {
		const big = Array.from({ length: 20_000 }, (_, i) =>
			row({
				id: `R${i}`,
				nombre: `Clúster ${i % 7 === 0 ? 'de Café' : 'Industrial'} ${i}`,
				divipola: ['05', '41', '73'][i % 3]!,
				ingreso: i % 5 ? null : 2010 + (i % 15),
				madurez: [(i % 4) as number | null, ((i + 1) % 4) as number | null]
			})
		);
		const p = prepareIndex({ ...index, filas: big }, catalog);
		// Best of three runs per view, so a busy machine (shared CI cores) does not decide the result.
		const timings: number[] = [];
		for (const patch of [
			{ q: 'cafe' },
			{ depto: '41', orden: 'madurez' as const, desc: true },
			{ orden: 'departamento' as const },
			{ orden: 'ingreso' as const, edicion: 2 }
		]) {
			let best = Infinity;
			for (let k = 0; k < 3; k++) {
				const s = select(p, { ...defaultDirectoryState(), ...patch });
				expect(s.matched.length).toBeGreaterThan(0);
				best = Math.min(best, s.ms);
			}
			timings.push(best);
		}
		console.log(
			`select() over 20 000 rows (best of 3): ${timings.map((t) => t.toFixed(1)).join(', ')} ms`
		);
	});
});

describe('parseDirectoryState', () => {
	it('reads every parameter, legacy names and level names', () => {
		const { state, notices } = parseDirectoryState(
			new URLSearchParams(
				'buscar=caf%C3%A9&dpto=5&sector=agro&edicion=2018&madurez=Consolidacion&ingreso=2024&orden=-ingreso&pagina=2'
			),
			catalog
		);
		expect(notices).toEqual([]);
		expect(state).toEqual({
			q: 'café',
			depto: '05',
			sector: 'agro',
			edicion: 2,
			madurez: 3,
			ingreso: 2024,
			orden: 'ingreso',
			desc: true,
			pagina: 2
		});
	});

	it('falls back to defaults with a Spanish notice for each bad parameter', () => {
		const { state, notices } = parseDirectoryState(
			new URLSearchParams('depto=99&sector=x&edicion=abc&madurez=9&ingreso=20&zzz=1&q=a&q=b'),
			catalog
		);
		expect(state).toEqual({ ...defaultDirectoryState(), q: 'a' });
		expect(notices).toHaveLength(7);
		expect(notices).toContain('«99» no es un valor válido de «depto»; se usó el predeterminado.');
		expect(notices).toContain('Se ignoró el parámetro desconocido «zzz».');
		expect(notices).toContain('El parámetro «q» aparece más de una vez; se usó el primero.');
	});

	it('falls back to the default order and page for bad ones', () => {
		const { state, notices } = parseDirectoryState(
			new URLSearchParams('orden=precio&pagina=0'),
			catalog
		);
		expect(state).toEqual(defaultDirectoryState());
		expect(notices).toEqual([
			'«precio» no es un valor válido de «orden»; se usó el predeterminado.',
			'«0» no es un valor válido de «pagina»; se usó el predeterminado.'
		]);
	});

	it('round-trips through serializeDirectoryState, writing only what differs from the defaults', () => {
		const s: DirectoryState = {
			...defaultDirectoryState(),
			q: 'café del',
			depto: '41',
			madurez: 3,
			orden: 'madurez',
			desc: true
		};
		const qs = serializeDirectoryState(s, catalog);
		expect(qs).toBe('?q=caf%C3%A9+del&depto=41&madurez=consolidacion&orden=-madurez');
		expect(parseDirectoryState(new URLSearchParams(qs), catalog).state).toEqual(s);
		expect(serializeDirectoryState(defaultDirectoryState(), catalog)).toBe('');
	});
});

describe('the index', () => {
	it('buildIndex joins participation by edition (null = did not report, 0 = no level)', () => {
		const rows = buildIndex(
			[
				{
					iniciativa_id: 'A',
					nombre: 'A',
					divipola: '41',
					departamento: 'Huila',
					municipio: null,
					sector_id: 'agro',
					sector: 'Agro',
					sector_detalle: null,
					entidad_lider: null,
					anio_inicio: null,
					anio_ingreso_red: 2019,
					reconocimiento_2024: null,
					fuente: null,
					notas: null,
					adicionales: '73|05'
				}
			],
			[
				{ iniciativa_id: 'A', edicion: 2, madurez: null },
				{ iniciativa_id: 'A', edicion: 3, madurez: 2 }
			],
			[1, 2, 3]
		);
		expect(rows).toEqual([
			{
				id: 'A',
				nombre: 'A',
				municipio: null,
				divipola: '41',
				adicionales: ['73', '05'],
				sector: 'agro',
				ingreso: 2019,
				madurez: [null, 0, 2]
			}
		]);
	});

	it('encodeIndex/decodeIndex round-trip and label sample data', () => {
		const json = encodeIndex(index);
		expect(json.aviso).toContain('sintéticos');
		expect(decodeIndex(JSON.parse(JSON.stringify(json)))).toEqual(index);
	});
});

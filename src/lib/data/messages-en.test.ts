import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/locale';
import { catalog } from '../test-fixtures';
import { citationApa, citationBibtex } from './citation';
import { engineStartMessage } from './engine-errors';
import { progressMessage } from './engine-progress';
import { defaultEvolutionState, parseEvolutionState } from './evolution-url';
import { LINK_NOTICE, linkNotice, parseExploreState } from './explore-url';
import { CANCELLED, describeSqlError } from './sql-errors';
import { refusal } from './sql-guard';
import { faultMessage, loadProblems } from './sql-session';
import { readParams, summarizeNotices } from './url-params';
import { parseMapState } from './url-state';
import type { Catalog } from './types';

// The same builders as the Spanish tests, on an English page.
beforeEach(() => setLocale('en'));
afterEach(() => setLocale('es'));

describe('engineStartMessage() in English', () => {
	it.each([
		[
			"NetworkError: Failed to execute 'importScripts' on 'WorkerGlobalScope': The script at 'http://x/duckdb-browser-eh.worker.js' failed to load.",
			'the query engine program (DuckDB-WASM worker) could not be downloaded'
		],
		[
			"Uncaught SyntaxError: Failed to execute 'importScripts' on 'WorkerGlobalScope': Unexpected identifier 'is'",
			'the query engine program (DuckDB-WASM worker) arrived damaged'
		],
		[
			'TypeError: Failed to fetch',
			'the query engine (DuckDB WebAssembly file) could not be downloaded'
		],
		[
			'CompileError: WebAssembly.instantiate(): expected magic word',
			'the query engine (DuckDB WebAssembly file) arrived damaged or incomplete'
		],
		['', 'the query engine program (DuckDB-WASM worker) could not be loaded'],
		['Something odd', 'the DuckDB-WASM query engine could not start (Something odd)']
	])('engineStartMessage(%j)', (raw, text) => {
		expect(engineStartMessage(raw)).toBe(text);
	});

	it('progressMessage() says what the engine is doing', () => {
		expect(progressMessage('tablas', 'resultados')).toBe(
			'Loading the table “resultados” into the query engine…'
		);
		expect(progressMessage('motor')).toBe('Starting the query engine (DuckDB-WASM)…');
		expect(progressMessage('motor', undefined, [0, 1e6])).toMatch(
			/^Downloading the query engine: 0(\.0)? of 1(\.0)? MB$/
		);
	});
});

describe('describeSqlError() in English', () => {
	it.each([
		[
			'Parser Error: syntax error at or near "FORM"',
			'Syntax error: syntax error at or near "FORM"'
		],
		[
			'Catalog Error: Table with name nope does not exist!',
			'Unknown table, column or function: Table with name nope does not exist!'
		],
		[
			'Permission Error: Cannot access file "/etc/passwd"',
			'Access denied (the console only reads the published tables): Cannot access file "/etc/passwd"'
		],
		['Weird Error: something', 'DuckDB error: something'],
		['no class at all', 'DuckDB error: no class at all'],
		[
			'{"exception_type":"Binder","exception_message":"Referenced column \\"x\\" not found"}',
			'Reference error: Referenced column "x" not found'
		]
	])('describeSqlError(%j)', (raw, text) => {
		expect(describeSqlError(new Error(raw))).toBe(text);
	});

	it('a cancelled query says so', () => {
		expect(CANCELLED()).toBe('Query cancelled');
		expect(describeSqlError(new Error('INTERRUPT Error: Interrupted!'))).toBe('Query cancelled');
	});

	it('refusal() explains in English why the console does not run the SQL', () => {
		expect(refusal('  ')).toBe('Write an SQL query.');
		expect(refusal('SELECT 1; SELECT 2')).toBe(
			'Write one query at a time (there is more than one statement separated by “;”).'
		);
		expect(refusal('ATTACH ‘x.db’')).toMatch(
			/^The console does not allow «ATTACH»: it only queries/
		);
		expect(refusal("SELECT * FROM 'https://x/y.parquet'")).toBe(
			'The console reads no files or URLs («https://x/y.parquet»): only the published tables.'
		);
		expect(refusal("SELECT * FROM read_csv('x.csv')")).toMatch(
			/only the published tables, for example SELECT \* FROM resultados\.$/
		);
	});

	it('the session reports faults and damaged tables in English', () => {
		expect(faultMessage('RuntimeError: unreachable')).toBe(
			'The console’s engine failed (internal DuckDB-WASM error: RuntimeError: unreachable) and was restarted; the published tables are loading again.'
		);
		expect(faultMessage('Out of Memory Error: x')).toContain('(out of memory: ');
		expect(
			loadProblems({ filas: { a: 3 }, fallas: [] }, [
				{ tabla: 'a', filas: 5 },
				{ tabla: 'b', filas: 1 }
			])
		).toEqual([
			'The table “a” arrived incomplete or damaged: 3 of 5 rows. Its results are not reliable; reload the page.',
			'The table “b” is not in the console. The console works without it.'
		]);
	});
});

describe('URL notices in English', () => {
	const rules = { known: new Set(['a', 'b']), legacy: {}, maxLength: 5 };
	const read = (query: string) => {
		const notices: string[] = [];
		for (const p of readParams(new URLSearchParams(query), rules, notices))
			if (p.value === 'x') p.bad();
		return notices;
	};

	it('readParams() names the unknown, repeated, oversized and invalid parameters', () => {
		expect(read('zz=1&a=1&a=2&b=123456')).toEqual([
			'The unknown parameter “zz” was ignored.',
			'The parameter “a” appears more than once; the first one was used.',
			'The value of “b” is too long; the default was used.'
		]);
		expect(read('a=x')).toEqual(['“x” is not a valid value of “a”; the default was used.']);
	});

	it('summarizeNotices() counts the rest in one line', () => {
		const many = Array.from({ length: 12 }, (_, i) => `n${i}`);
		expect(summarizeNotices(many).at(-1)).toBe(
			'… and 5 more notices about the address’s parameters.'
		);
	});

	it('parseMapState() flags a level the indicator does not have', () => {
		const { notices } = parseMapState(new URLSearchParams('nivel=9'), catalog);
		expect(notices.at(-1)).toMatch(/^“9” is not a valid value of “nivel”; the default was used\.$/);
	});

	it('parseEvolutionState() ignores editions and departments that do not exist', () => {
		const cat: Catalog = catalog;
		const { state, notices } = parseEvolutionState(
			new URLSearchParams('ediciones=99&deptos=99'),
			cat
		);
		expect(state.ediciones).toEqual(defaultEvolutionState(cat).ediciones);
		expect(notices).toContain('“99” is not an edition; it was ignored.');
		expect(notices).toContain('“99” is not a department (DIVIPOLA code); it was ignored.');
	});

	it('parseExploreState() explains what it did not load', () => {
		expect(parseExploreState(new URLSearchParams('sql=SELECT+1&sql=2&foo=1')).notices).toEqual([
			'The parameter “sql” appears more than once; the first one was used.',
			'The unknown parameter “foo” was ignored.'
		]);
		const long = new URLSearchParams({ sql: 'x'.repeat(100_001) });
		expect(parseExploreState(long).notices[0]).toMatch(
			/^The query from the link is too long \(more than [\d,.]+ characters\); it was not loaded\.$/
		);
	});
});

describe('citation in English', () => {
	const base = { version: '7e3e3b60bca8', generado: '2026-11-24T19:37:03.131Z', muestra: false };

	it('citationApa() is an English reference to the English page', () => {
		const apa = citationApa({ ...base, url: 'https://tablero.example/en/datos' });
		expect(apa).toMatch(
			/^Tablero Clúster Project\. \(2026\)\. Tablero Clúster: cluster initiatives of Colombia and SSME results by department \(data version 7e3e3b60bca8, published on .+\) \[Data set\]\. https:\/\/tablero\.example\/en\/datos$/
		);
		expect(citationApa({ ...base, muestra: true })).toContain(
			'[Data set; synthetic demonstration data, not SSME results].'
		);
	});

	it('citationBibtex() has English author, title, kind and note', () => {
		const b = citationBibtex(base);
		expect(b).toContain('  author = {{Tablero Clúster Project}},');
		expect(b).toContain(
			'  title = {{Tablero Clúster: cluster initiatives of Colombia and SSME results by department}},'
		);
		expect(b).toContain('  howpublished = {Data set},');
		expect(b).toContain(
			'  note = {Data set. Indicators: SSME, Red Clúster Colombia — Confecámaras.}'
		);
		expect(citationBibtex({ ...base, muestra: true })).toContain(
			'note = {Data set. Demonstration data: synthetic values, not SSME results.}'
		);
	});
});

describe('the console link notice', () => {
	it('linkNotice() follows the page; LINK_NOTICE stays the Spanish text', () => {
		expect(linkNotice()).toBe(
			'The query from the link is in the editor and has not run: review it and press “Run”.'
		);
		expect(LINK_NOTICE).toMatch(/^La consulta del enlace está en el editor/);
	});
});

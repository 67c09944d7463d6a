import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from './build.ts';
import { formatProblem } from './report.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'data', 'fixtures');
const out = mkdtempSync(join(tmpdir(), 'validate-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Runs the build on a fixture and returns its report lines; nothing may be published. */
async function problems(fixture: string) {
	const result = await build({
		input: join(FIXTURES, fixture),
		out: join(out, fixture),
		log: () => {}
	});
	return { result, lines: result.report.problems.map(formatProblem) };
}

/** Each broken input: its fixture and the one exact error line it must produce. */
const CASES: [string, string][] = [
	['falta-archivo', 'ERROR raw/ediciones.csv: falta el archivo [archivo]'],
	['falta-columna', 'ERROR raw/iniciativas.csv fila 1 columna "sector": falta la columna obligatoria [columna_obligatoria]'],
	['columna-desconocida', 'ERROR raw/ssme/1.csv fila 1 columna "exportaciones": columna que no está en raw/indicadores.csv [columna_desconocida]'],
	['departamento-desconocido', 'ERROR raw/iniciativas.csv fila 3 columna "departamento" valor "Narnia": departamento desconocido (no está en reference/departamentos.csv) [departamento]'],
	['duplicado-edicion', 'ERROR raw/ssme/2.csv fila 8 columna "iniciativa_id" valor "ANT-01": iniciativa repetida en la edición 2 (ya está en la fila 2) [duplicado]'],
	['duplicado-catalogo', 'ERROR raw/iniciativas.csv fila 8 columna "iniciativa_id" valor "ANT-01": iniciativa repetida en el catálogo (ya está en la fila 2) [duplicado]'],
	['iniciativa-desconocida', 'ERROR raw/ssme/1.csv fila 7 columna "iniciativa_id" valor "XXX-99": iniciativa que no está en raw/iniciativas.csv [iniciativa_desconocida]'],
	['no-numerico', 'ERROR raw/ssme/1.csv fila 3 columna "empresas_vinculadas" valor "abc": no es un número [numero]'],
	['fuera-de-rango', 'ERROR raw/ssme/1.csv fila 3 columna "satisfaccion" valor "11": fuera del rango permitido [0, 10] [rango]'],
	['nivel-desconocido', 'ERROR raw/ssme/1.csv fila 3 columna "madurez" valor "avanzada": nivel desconocido; niveles: inicial | en desarrollo | consolidada [nivel]'],
	['booleano-invalido', 'ERROR raw/ssme/1.csv fila 3 columna "tiene_plan" valor "Quizás": no es un booleano (Sí/No) [booleano]'],
	['utf16', 'ERROR raw/iniciativas.csv: codificación no soportada (UTF-16 o binario); guárdelo como CSV UTF-8 [codificacion]'],
	['archivo-vacio', 'ERROR raw/ssme/2.csv: el archivo está vacío (sin cabecera) [vacio]'],
	['demasiados-campos', 'ERROR raw/ssme/1.csv fila 3: tiene 7 campos y la cabecera 6 [campos]'],
	['faltan-campos', 'ERROR raw/ssme/1.csv fila 3: tiene 5 campos y la cabecera 6 [campos]'],
	['formula', 'ERROR raw/ssme/1.csv fila 3 columna "empresas_vinculadas" valor "=SUMA(B2:B3)": la celda tiene una fórmula, no un valor [formula]'],
	['formula-xlsx', 'ERROR raw/ssme/2.xlsx fila 3 columna "empresas_vinculadas" valor "=SUM(B2:B2)": la celda tiene una fórmula, no un valor [formula]'],
	['error-excel', 'ERROR raw/ssme/1.csv fila 3 columna "ventas_musd" valor "#DIV/0!": la celda tiene un valor de error de Excel [error_excel]'],
	['xlsx-truncado', 'ERROR raw/ssme/SSME 2021.xlsx: el archivo Excel está dañado o incompleto (no se pudo leer: FILE_ENDED); ábralo en Excel y guárdelo de nuevo, o expórtelo como CSV UTF-8 [archivo]'],
	['error-excel-xlsx', 'ERROR raw/ssme/2.xlsx fila 3 columna "ventas_musd" valor "#N/A": la celda tiene un valor de error de Excel [error_excel]'],
	['edicion-sin-correspondencia', 'ERROR raw/ssme/7.csv: el nombre no corresponde a ninguna edición de raw/ediciones.csv (número de edición o año de campo) [edicion]'],
	['sector-desconocido', 'ERROR raw/iniciativas.csv fila 3 columna "sector" valor "Aeroespacial": sector desconocido (no está en reference/sectores.csv) [sector]'],
	['alias-ciclo', 'ERROR raw/alias.csv fila 3 columna "columna" valor "empresas_vinculadas": cadena o ciclo de alias («numero de empresas» es la columna de destino del alias «empresas»); cada alias debe llevar directo a una columna del contrato [alias_ciclo]'],
	['alias-dos-cabeceras', 'ERROR raw/ssme/1.csv fila 1 columna "Empresas": columna repetida («empresas_vinculadas») [cabecera]'],
	['suma-no-finita', 'ERROR raw/ssme/1.csv fila 4 columna "empresas_vinculadas" valor "1e308": la suma de los valores de la edición 1 deja de ser finita (desborda la precisión doble: el sitio mostraría «∞»); revise las unidades [no_finito]'],
	['numero-infinito', 'ERROR raw/ssme/1.csv fila 3 columna "empresas_vinculadas" valor "1e400": no es un número [numero]'],
	['edicion-sin-archivo', 'ERROR raw/ediciones.csv fila 4 columna "edicion" valor "3": la edición no tiene archivo de resultados en raw/ssme/ (se publicaría con 0 resultados) [edicion_sin_archivo]'],
	['niveles-en', 'ERROR raw/indicadores.csv fila 6 columna "niveles_en" valor "initial|developing": debe tener 3 etiquetas separadas por |, una por nivel y en el mismo orden que niveles (tiene 2) [niveles_en]'],
	['url-no-web', 'ERROR reference/hitos-red-cluster.csv fila 2 columna "fuente" valor "javascript:alert(1)": no es una dirección web http(s) [url]']
]; // prettier-ignore

/** Broken inputs that give more than one line: every line, exactly. */
const MULTI: [string, string[]][] = [
	['alias-intercambio', [
		'ERROR raw/alias.csv fila 3 columna "columna" valor "empresas_vinculadas": cadena o ciclo de alias («empresas_vinculadas» es a su vez un alias de «ventas_musd»); cada alias debe llevar directo a una columna del contrato [alias_ciclo]',
		'ERROR raw/alias.csv fila 2 columna "alias" valor "empresas_vinculadas": es el código de un indicador de raw/indicadores.csv: su columna se leería como «ventas_musd» [alias_columna]',
		'ERROR raw/ssme/1.csv fila 1 columna "ventas_musd": columna repetida («ventas_musd») [cabecera]',
		'ERROR raw/ssme/2.csv fila 1 columna "ventas_musd": columna repetida («ventas_musd») [cabecera]'
	]],
	['archivo-oculto', [
		'ERROR raw/ssme/.2.csv: archivo oculto (el nombre empieza por punto): no se leería; renómbrelo sin el punto o bórrelo [archivo_oculto]',
		'ERROR raw/ediciones.csv fila 3 columna "edicion" valor "2": la edición no tiene archivo de resultados en raw/ssme/ (se publicaría con 0 resultados) [edicion_sin_archivo]'
	]]
]; // prettier-ignore

describe('validation of broken inputs', () => {
	it.each(CASES)(
		'build(%s) reports exactly one error and publishes nothing',
		async (fixture, line) => {
			const { result, lines } = await problems(fixture);
			expect(result.status).toBe('failed');
			expect(lines.filter((l) => l.startsWith('ERROR'))).toEqual([line]);
			expect(result.manifest).toBeNull();
		}
	);
});

describe('validation of broken inputs that give several lines', () => {
	it.each(MULTI)(
		'build(%s) reports exactly these errors and publishes nothing',
		async (fixture, expected) => {
			const { result, lines } = await problems(fixture);
			expect(result.status).toBe('failed');
			expect(lines.filter((l) => l.startsWith('ERROR'))).toEqual(expected);
			expect(result.manifest).toBeNull();
		}
	);
});

describe('fixable oddities', () => {
	it('build(edicion-futura) publishes an edition dated after the build clock with one warning', async () => {
		const { result, lines } = await problems('edicion-futura');
		expect(result.status).toBe('built');
		expect(lines).toEqual([
			'AVISO raw/ediciones.csv fila 4 columna "fecha_corte" valor "2090-12-31": fecha de corte en el futuro (posterior a la fecha de compilación); la edición se publica y pasa a ser la más reciente del sitio [edicion_futura]'
		]);
	});

	it('build(avisos) normalises them with one warning each and publishes', async () => {
		const { result, lines } = await problems('avisos');
		expect(result.status).toBe('built');
		expect(lines).toEqual([
			'AVISO raw/iniciativas.csv: no es UTF-8 válido; se leyó como Windows-1252 [codificacion]',
			'AVISO raw/iniciativas.csv fila 2 columna "departamento" valor "5": código DIVIPOLA sin cero inicial; se leyó como "05" [divipola_cero]',
			'AVISO raw/iniciativas.csv fila 4 columna "departamento" valor "BOGOTA": variante del nombre; se leyó como "11" (Bogotá, D.C.) [departamento_variante]',
			'AVISO raw/iniciativas.csv fila 5 columna "departamento" valor "Bogota D.C.": variante del nombre; se leyó como "11" (Bogotá, D.C.) [departamento_variante]',
			'AVISO raw/iniciativas.csv fila 6 columna "departamento" valor "Valle": variante del nombre; se leyó como "76" (Valle del Cauca) [departamento_variante]',
			'AVISO raw/iniciativas.csv fila 7 columna "entidad_lider" valor "Cámara de Comercio del Cauca  ": espacios al inicio o al final; se recortaron [espacios]',
			'AVISO raw/iniciativas.csv fila 8 columna "departamento" valor "N. de Santander": variante del nombre; se leyó como "54" (Norte de Santander) [departamento_variante]',
			'AVISO raw/iniciativas.csv fila 9 columna "departamento" valor "": sin departamento; se publica sin DIVIPOLA (solo cuenta en el total nacional) [sin_departamento]',
			'AVISO raw/ssme/1.csv: el archivo empieza con BOM UTF-8; se ignoró [bom]',
			'AVISO raw/ssme/2.csv fila 1 columna "satisfaccion": falta la columna del indicador; la edición no lo reporta [columna_indicador]'
		]);
	});
});

describe('English labels', () => {
	it('niveles_en on an indicator without levels is ignored with a warning; a non-text descripcion_en is an error', async () => {
		const input = join(out, 'etiquetas-en-input');
		cpSync(join(FIXTURES, 'etiquetas-en'), input, { recursive: true });
		const dict = join(input, 'raw/indicadores.csv');
		const { readFileSync } = await import('node:fs');
		writeFileSync(dict, readFileSync(dict, 'utf8').replace('Sales,,', 'Sales,,low|high'));
		const result = await build({ input, out: join(out, 'etiquetas-en'), log: () => {} });
		expect(result.report.lines().filter((l) => !l.startsWith('['))).toEqual([
			'AVISO raw/indicadores.csv fila 3 columna "niveles_en" valor "low|high": solo las categorías tienen niveles; se ignoran [niveles_en]'
		]);
		expect(result.status).toBe('built');
		writeFileSync(
			join(input, 'raw/origen.json'),
			'{ "muestra": true, "descripcion": "x", "descripcion_en": 5 }'
		);
		const bad = await build({ input, out: join(out, 'etiquetas-en-mal'), log: () => {} });
		expect(bad.report.lines().filter((l) => l.startsWith('ERROR'))).toEqual([
			'ERROR raw/origen.json columna "descripcion_en": debe ser un texto [json]'
		]);
	});
});

describe('English columns of the reference copies', () => {
	it('an English cell needs its Spanish cell; an English column its Spanish column', async () => {
		const input = join(out, 'copias-en-input');
		cpSync(join(FIXTURES, 'etiquetas-en'), input, { recursive: true });
		writeFileSync(
			join(input, 'reference/hitos-red-cluster.csv'),
			'anio,iniciativas,descripcion,fuente,descripcion_en\n2016,83,,https://example.org/a,Registered\n'
		);
		writeFileSync(
			join(input, 'reference/coyuntura-2024.csv'),
			'indicador,periodo,valor,unidad,fuente,referencia_en\nPIB,2024-T3,2.0,%,DANE,vs 2023\n'
		);
		const result = await build({ input, out: join(out, 'copias-en'), log: () => {} });
		expect(result.status).not.toBe('built');
		expect(result.report.lines().filter((l) => l.startsWith('ERROR'))).toEqual([
			'ERROR reference/hitos-red-cluster.csv fila 2 columna "descripcion_en" valor "Registered": traduce «descripcion», que está vacía en esta fila [traduccion]',
			'ERROR reference/coyuntura-2024.csv fila 1 columna "referencia_en": traduce la columna «referencia», que falta [columna_obligatoria]'
		]);
	});
});

describe('report lines from hostile file names and cells', () => {
	it('a newline or ANSI escape in a file name, and a 300 000-character cell, stay on one short line', async () => {
		const input = join(out, 'nombres-hostiles-input');
		cpSync(join(FIXTURES, 'valida'), input, { recursive: true });
		writeFileSync(join(input, 'raw/ssme/nota\nAVISO 1.csv: todo bien [ok].txt'), 'x');
		writeFileSync(join(input, 'raw/ssme/\u001b[31mrojo.txt'), 'x');
		const csv = join(input, 'raw/ssme/1.csv');
		const { readFileSync } = await import('node:fs');
		writeFileSync(
			csv,
			readFileSync(csv, 'utf8').replace('ANT-02,80,', `ANT-02,${'9'.repeat(300_000)}x,`)
		);
		const result = await build({ input, out: join(out, 'nombres-hostiles'), log: () => {} });
		const lines = result.report.lines();
		expect(lines).toContain(
			'AVISO raw/ssme/nota\\nAVISO 1.csv: todo bien [ok].txt: no es .csv ni .xlsx; se ignora [archivo_ignorado]'
		);
		expect(lines).toContain(
			'AVISO raw/ssme/\\x1b[31mrojo.txt: no es .csv ni .xlsx; se ignora [archivo_ignorado]'
		);
		expect(lines).toContain(
			`ERROR raw/ssme/1.csv fila 3 columna "empresas_vinculadas" valor "${'9'.repeat(200)}…(+299801 caracteres)": no es un número [numero]`
		);
		for (const l of lines) {
			// eslint-disable-next-line no-control-regex -- looking for escapes that reached the line
			expect(l).not.toMatch(/[\n\r\u001b]/);
			expect(l.length).toBeLessThan(700);
		}
	});
});

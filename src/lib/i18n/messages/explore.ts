import { msg, plural } from '../message';

/** /explorar: the SQL console (page, examples, editor, table list, results, CSV). */

// The page.
export const pageTitle = msg(
	'Explorar los datos con SQL · Tablero Clúster',
	'Explore the data with SQL · Tablero Clúster'
);
export const pageDescription = msg(
	'Consola SQL (DuckDB) en el navegador sobre las tablas publicadas del Tablero Clúster.',
	'SQL console (DuckDB) in the browser over the published tables of Tablero Clúster.'
);
export const heading = msg('Explorar los datos con SQL', 'Explore the data with SQL');
export const lede = msg(
	'Consulte las tablas publicadas con SQL de DuckDB, directamente en su navegador: nada sale de su equipo. La consola solo puede leer estas tablas (no archivos ni otras direcciones web).',
	'Query the published tables with DuckDB SQL, right in your browser: nothing leaves your device. The console can only read these tables (no files or other web addresses).'
);
export const ledeSample = msg(
	'Los valores de los indicadores son sintéticos (datos de demostración).',
	'The values of the indicators are synthetic (demonstration data).'
);
export const preparing = msg('Preparando la consola…', 'Preparing the console…');
export const running = msg('Ejecutando la consulta…', 'Running the query…');
export const readyAll = msg(
	(n: string) => `Consola lista: ${n} tablas cargadas.`,
	(n: string) => `Console ready: ${n} tables loaded.`
);
export const readySome = msg(
	(n: string, total: string) => `Consola lista: ${n} de ${total} tablas cargadas.`,
	(n: string, total: string) => `Console ready: ${n} of ${total} tables loaded.`
);
export const startFailed = msg(
	(error: string) =>
		`No se pudo iniciar la consola: ${error}. Las tablas siguen disponibles para descargar en`,
	(error: string) =>
		`The console could not start: ${error}. The tables are still available for download in`
);
export const dataLink = msg('Datos', 'Data');
/** File name of a result's CSV (no spaces, no accents). */
export const csvFileName = msg(
	(version: string) => `consulta-tablero-cluster-${version}.csv`,
	(version: string) => `query-tablero-cluster-${version}.csv`
);

// Examples.
export const examplesHeading = msg('Consultas de ejemplo', 'Example queries');
export const exampleByDepartment = msg('Iniciativas por departamento', 'Initiatives by department');
export const exampleCohorts = msg(
	'Cohortes: iniciativas por año de ingreso a la Red',
	'Cohorts: initiatives by year they joined the network'
);
export const exampleNationalTotal = msg(
	': total nacional por edición',
	': national total by edition'
);
export const exampleTop10 = msg(
	': las 10 iniciativas con más en la última edición',
	': the 10 initiatives with the most in the latest edition'
);
export const exampleDistribution = msg(
	': distribución nacional por nivel',
	': national distribution by level'
);
export const exampleMissing = msg(
	'Cuántos valores faltan por indicador y edición',
	'How many values are missing by indicator and edition'
);

// Editor.
export const editorLabel = msg('Consulta SQL (DuckDB)', 'SQL query (DuckDB)');
export const editorHint = msg(
	(max: string) =>
		`Ctrl + Enter (⌘ + Enter en Mac) ejecuta. Una sentencia a la vez, hasta ${max} caracteres. La consulta queda en la dirección de la página para compartirla.`,
	(max: string) =>
		`Ctrl + Enter (⌘ + Enter on a Mac) runs it. One statement at a time, up to ${max} characters. The query stays in the page’s address so you can share it.`
);
export const run = msg('Ejecutar', 'Run');
export const cancel = msg('Cancelar', 'Cancel');
export const cancelling = msg('Cancelando…', 'Cancelling…');

// Table list.
export const tablesHeading = msg('Tablas publicadas', 'Published tables');
export const tablesHint = msg(
	'Solo estas tablas están disponibles en la consola.',
	'Only these tables are available in the console.'
);
export const tableRows = msg(
	(n: number, text: string) => `${text} ${plural(n, 'fila', 'filas')}`,
	(n: number, text: string) => `${text} ${plural(n, 'row', 'rows')}`
);
export const tableNotLoaded = msg('no cargada', 'not loaded');
export const tableIncomplete = msg(
	(got: string, expected: string) => `${got} de ${expected} filas (incompleta)`,
	(got: string, expected: string) => `${got} of ${expected} rows (incomplete)`
);
/** Followed by the table's name (as code). */
export const tableColumnsCaption = msg('Columnas de', 'Columns of');
export const tableColumn = msg('columna', 'column');
export const tableType = msg('tipo', 'type');
export const tableQuery = msg('Consultar', 'Query');

// Result.
export const resultHeading = msg('Resultado', 'Result');
export const resultRows = msg(
	(n: number, text: string) => `${text} ${plural(n, 'fila', 'filas')}`,
	(n: number, text: string) => `${text} ${plural(n, 'row', 'rows')}`
);
export const resultColumns = msg(
	(n: number) => plural(n, 'columna', 'columnas'),
	(n: number) => plural(n, 'column', 'columns')
);
export const downloadCsv = msg('Descargar CSV', 'Download CSV');
export const resultCapped = msg(
	(shown: string, total: string) =>
		`Se muestran las primeras ${shown} de ${total} filas; el CSV las incluye todas.`,
	(shown: string, total: string) =>
		`Showing the first ${shown} of ${total} rows; the CSV includes them all.`
);
export const noColumns = msg(
	'La sentencia no devolvió columnas.',
	'The statement returned no columns.'
);
export const noRows = msg('La consulta no devolvió filas.', 'The query returned no rows.');

// The result's CSV header lines.
export const csvQuery = msg(
	(sql: string) => `Consulta: ${sql}`,
	(sql: string) => `Query: ${sql}`
);
export const csvVersion = msg(
	(version: string, date: string) =>
		`Tablero Clúster · versión de los datos ${version}, publicada ${date}`,
	(version: string, date: string) => `Tablero Clúster · data version ${version}, published ${date}`
);
export const csvSample = msg(
	'DATOS DE DEMOSTRACIÓN: valores sintéticos, no resultados del SSME',
	'DEMONSTRATION DATA: synthetic values, not SSME results'
);

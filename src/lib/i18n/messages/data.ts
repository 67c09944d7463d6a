import { msg } from '../message';

/** The data layer: engine start and progress, engine and file errors, SQL errors, URL notices. */

// Engine start (engine-errors.ts, wasm-start.ts).
export const engineWorkerDownload = msg(
	'no se pudo descargar el programa del motor de consultas (worker de DuckDB-WASM)',
	'the query engine program (DuckDB-WASM worker) could not be downloaded'
);
export const engineWorkerDamaged = msg(
	'el programa del motor de consultas (worker de DuckDB-WASM) llegó dañado',
	'the query engine program (DuckDB-WASM worker) arrived damaged'
);
export const engineWasmDownload = msg(
	'no se pudo descargar el motor de consultas (archivo WebAssembly de DuckDB)',
	'the query engine (DuckDB WebAssembly file) could not be downloaded'
);
export const engineWasmDamaged = msg(
	'el motor de consultas (archivo WebAssembly de DuckDB) llegó dañado o incompleto',
	'the query engine (DuckDB WebAssembly file) arrived damaged or incomplete'
);
export const engineWorkerLoad = msg(
	'no se pudo cargar el programa del motor de consultas (worker de DuckDB-WASM)',
	'the query engine program (DuckDB-WASM worker) could not be loaded'
);
export const engineCouldNotStart = msg(
	(m: string) => `el motor de consultas DuckDB-WASM no pudo iniciar (${m})`,
	(m: string) => `the DuckDB-WASM query engine could not start (${m})`
);
export const engineUnsupported = msg(
	'Este navegador no puede ejecutar el motor de consultas (le falta WebAssembly con excepciones); actualícelo para usar esta función.',
	'This browser cannot run the query engine (it lacks WebAssembly exceptions); update it to use this feature.'
);
export const engineTimeout = msg(
	'DuckDB-WASM tardó demasiado en iniciar',
	'DuckDB-WASM took too long to start'
);
export const engineInternal = msg('error interno del motor', 'internal engine error');
export const engineDied = msg(
	(why: string) =>
		`El motor de consultas se detuvo inesperadamente (${why}). Vuelva a intentarlo: se reiniciará.`,
	(why: string) => `The query engine stopped unexpectedly (${why}). Try again: it will restart.`
);

// Engine progress (engine-progress.ts, SqlConsole.svelte.ts).
export const progressTable = msg(
	(table: string) => `Cargando la tabla «${table}» en el motor de consultas…`,
	(table: string) => `Loading the table “${table}” into the query engine…`
);
export const progressDownload = msg(
	(loaded: string, total: string) => `Descargando el motor de consultas: ${loaded} de ${total} MB`,
	(loaded: string, total: string) => `Downloading the query engine: ${loaded} of ${total} MB`
);
export const progressStarting = msg(
	'Iniciando el motor de consultas (DuckDB-WASM)…',
	'Starting the query engine (DuckDB-WASM)…'
);
export const progressLoadingEngine = msg(
	'Cargando el motor de consultas (DuckDB-WASM)…',
	'Loading the query engine (DuckDB-WASM)…'
);
export const progressLoadingTables = msg(
	(n: string, total: string, table: string) => `Cargando tablas: ${n} de ${total} (${table})…`,
	(n: string, total: string, table: string) => `Loading tables: ${n} of ${total} (${table})…`
);

// Data files (parquet/file.ts).
export const fileUnreachable = msg(
	(file: string, why: string) => `No se pudo descargar el archivo de datos «${file}» (${why}).`,
	(file: string, why: string) => `The data file “${file}” could not be downloaded (${why}).`
);
export const fileDamaged = msg(
	(file: string) =>
		`El archivo de datos «${file}» está dañado o incompleto y no se pudo leer. Recargue la página; si persiste, avísenos.`,
	(file: string) =>
		`The data file “${file}” is damaged or incomplete and could not be read. Reload the page; if it persists, let us know.`
);
export const fileOffline = msg('sin conexión con el sitio', 'no connection to the site');
export const fileInterrupted = msg('la descarga se interrumpió', 'the download was interrupted');
export const unknownIndicator = msg(
	(code: string) => `El indicador «${code}» no está en el diccionario.`,
	(code: string) => `The indicator “${code}” is not in the dictionary.`
);
export const unknownIndicatorShort = msg(
	(code: string) => `indicador desconocido «${code}»`,
	(code: string) => `unknown indicator “${code}”`
);
export const pickOneEdition = msg('elija al menos una edición', 'pick at least one edition');
export const pickOneDepartment = msg(
	'elija al menos un departamento',
	'pick at least one department'
);

// SQL errors (sql-errors.ts): DuckDB's error classes.
export const sqlSyntax = msg('Error de sintaxis', 'Syntax error');
export const sqlCatalog = msg(
	'Tabla, columna o función desconocida',
	'Unknown table, column or function'
);
export const sqlBinder = msg('Error de referencia', 'Reference error');
export const sqlPermission = msg(
	'Acceso denegado (la consola solo lee las tablas publicadas)',
	'Access denied (the console only reads the published tables)'
);
export const sqlConversion = msg('Error de conversión de tipos', 'Type conversion error');
export const sqlInvalidInput = msg('Entrada no válida', 'Invalid input');
export const sqlOutOfRange = msg('Valor fuera de rango', 'Value out of range');
export const sqlOutOfMemory = msg(
	'Memoria insuficiente en el navegador',
	'Not enough memory in the browser'
);
export const sqlConfiguration = msg('Configuración bloqueada', 'Configuration locked');
export const sqlNotImplemented = msg(
	'No disponible en esta versión de DuckDB',
	'Not available in this version of DuckDB'
);
export const sqlConstraint = msg('Restricción violada', 'Constraint violated');
export const sqlDependency = msg('Dependencia', 'Dependency');
export const sqlDuckdb = msg('Error de DuckDB', 'DuckDB error');
export const sqlCancelled = msg('Consulta cancelada', 'Query cancelled');

// SQL guard and session (sql-guard.ts, sql-session.ts).
export const sqlEmpty = msg('Escriba una consulta SQL.', 'Write an SQL query.');
export const sqlTooLong = msg(
	(max: string) => `La consulta es demasiado larga (más de ${max} caracteres).`,
	(max: string) => `The query is too long (more than ${max} characters).`
);
export const sqlOneStatement = msg(
	'Escriba una sola consulta a la vez (hay más de una sentencia separada por «;»).',
	'Write one query at a time (there is more than one statement separated by “;”).'
);
export const sqlOneStatementDuckdb = msg(
	'Escriba una sola consulta a la vez (DuckDB lee más de una sentencia separada por «;»).',
	'Write one query at a time (DuckDB reads more than one statement separated by “;”).'
);
export const sqlNotAllowed = msg(
	(what: string) => `La consola no permite ${what}: solo consulta las tablas publicadas.`,
	(what: string) => `The console does not allow ${what}: it only queries the published tables.`
);
export const sqlNoFiles = msg(
	(what: string) => `La consola no lee archivos ni URL (${what}): solo las tablas publicadas.`,
	(what: string) => `The console reads no files or URLs (${what}): only the published tables.`
);
export const sqlEngineStopped = msg('el proceso del motor se detuvo', 'the engine process stopped');
export const sqlCancelRestart = msg(
	'Consulta cancelada: el motor no respondía y se reinició; las tablas publicadas se cargan de nuevo.',
	'Query cancelled: the engine was not responding and was restarted; the published tables are loading again.'
);
export const sqlFault = msg(
	(oom: boolean, detail: string) =>
		`El motor de la consola falló (${oom ? 'memoria insuficiente' : 'error interno de DuckDB-WASM'}: ${detail}) y se reinició; las tablas publicadas se cargan de nuevo.`,
	(oom: boolean, detail: string) =>
		`The console’s engine failed (${oom ? 'out of memory' : 'internal DuckDB-WASM error'}: ${detail}) and was restarted; the published tables are loading again.`
);
export const tableMissing = msg(
	(table: string) => `La tabla «${table}» no está en la consola.`,
	(table: string) => `The table “${table}” is not in the console.`
);
export const tableWorksWithout = msg(
	(problem: string) => `${problem} La consola funciona sin ella.`,
	(problem: string) => `${problem} The console works without it.`
);
export const tableIncomplete = msg(
	(table: string, got: string, rows: string) =>
		`La tabla «${table}» llegó incompleta o dañada: ${got} de ${rows} filas. Sus resultados no son fiables; recargue la página.`,
	(table: string, got: string, rows: string) =>
		`The table “${table}” arrived incomplete or damaged: ${got} of ${rows} rows. Its results are not reliable; reload the page.`
);

// URL parameters (url-params.ts, url-state.ts, evolution-url.ts, explore-url.ts).
export const paramUnknown = msg(
	(key: string) => `Se ignoró el parámetro desconocido «${key}».`,
	(key: string) => `The unknown parameter “${key}” was ignored.`
);
export const paramRepeated = msg(
	(key: string) => `El parámetro «${key}» aparece más de una vez; se usó el primero.`,
	(key: string) => `The parameter “${key}” appears more than once; the first one was used.`
);
export const paramTooLong = msg(
	(key: string) => `El valor de «${key}» es demasiado largo; se usó el predeterminado.`,
	(key: string) => `The value of “${key}” is too long; the default was used.`
);
export const paramInvalid = msg(
	(value: string, key: string) =>
		`«${value}» no es un valor válido de «${key}»; se usó el predeterminado.`,
	(value: string, key: string) =>
		`“${value}” is not a valid value of “${key}”; the default was used.`
);
export const paramMoreNotices = msg(
	(n: string) => `… y ${n} avisos más sobre parámetros de la dirección.`,
	(n: string) => `… and ${n} more notices about the address’s parameters.`
);
export const paramNotEdition = msg(
	(value: string) => `«${value}» no es una edición; se ignoró.`,
	(value: string) => `“${value}” is not an edition; it was ignored.`
);
export const paramNotDepartment = msg(
	(value: string) => `«${value}» no es un departamento (código DIVIPOLA); se ignoró.`,
	(value: string) => `“${value}” is not a department (DIVIPOLA code); it was ignored.`
);
export const paramMaxDepartments = msg(
	(n: number) => `Se comparan como máximo ${n} departamentos; se usaron los primeros.`,
	(n: number) => `At most ${n} departments are compared; the first ones were used.`
);
export const linkQueryNotRun = msg(
	'La consulta del enlace está en el editor y no se ha ejecutado: revísela y pulse «Ejecutar».',
	'The query from the link is in the editor and has not run: review it and press “Run”.'
);
export const linkQueryTooLong = msg(
	(max: string) =>
		`La consulta del enlace es demasiado larga (más de ${max} caracteres); no se cargó.`,
	(max: string) =>
		`The query from the link is too long (more than ${max} characters); it was not loaded.`
);

// Citation (citation.ts). The English page cites the data in English.
export const citeAuthor = msg('Proyecto Tablero Clúster', 'Tablero Clúster Project');
export const citeTitle = msg(
	'Tablero Clúster: iniciativas clúster de Colombia y resultados del SSME por departamento',
	'Tablero Clúster: cluster initiatives of Colombia and SSME results by department'
);
export const citeKind = msg('Conjunto de datos', 'Data set');
export const citeSample = msg(
	'datos de demostración sintéticos, no resultados del SSME',
	'synthetic demonstration data, not SSME results'
);
export const citeVersion = msg(
	(version: string, date: string) => `versión de los datos ${version}, publicada el ${date}`,
	(version: string, date: string) => `data version ${version}, published on ${date}`
);
export const citeNoteSample = msg(
	'Datos de demostración: valores sintéticos, no resultados del SSME.',
	'Demonstration data: synthetic values, not SSME results.'
);
export const citeNoteReal = msg(
	'Indicadores: SSME, Red Clúster Colombia — Confecámaras.',
	'Indicators: SSME, Red Clúster Colombia — Confecámaras.'
);
export const sqlNoFilesExample = msg(
	(what: string) =>
		`La consola no lee archivos ni URL (${what}): solo las tablas publicadas, por ejemplo SELECT * FROM resultados.`,
	(what: string) =>
		`The console reads no files or URLs (${what}): only the published tables, for example SELECT * FROM resultados.`
);

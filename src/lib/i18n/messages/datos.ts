import { msg, plural } from '../message';

/** /datos: the published data set, its dictionary, methodology, provenance, licence and citation. */

// The page.
export const pageTitle = msg(
	'Datos abiertos: descargas, diccionario y cómo citar · Tablero Clúster',
	'Open data: downloads, dictionary and how to cite · Tablero Clúster'
);
export const pageDescription = msg(
	'Descargue las tablas del Tablero Clúster en Parquet o CSV, con su diccionario, metodología, procedencia, licencia y cita.',
	'Download the tables of Tablero Clúster in Parquet or CSV, with their dictionary, methodology, provenance, license and citation.'
);
export const heading = msg('Datos abiertos', 'Open data');
export const ledeIntro = msg(
	'Todo lo que muestra el tablero sale de estas tablas. Versión de los datos',
	'Everything the dashboard shows comes from these tables. Data version'
);
export const ledePublished = msg(
	(date: string) => `, publicada el ${date}.`,
	(date: string) => `, published on ${date}.`
);
export const ledeSample = msg(
	'Los valores de los indicadores son sintéticos (datos de demostración), no resultados del SSME.',
	'The values of the indicators are synthetic (demonstration data), not SSME results.'
);
export const ledeExplore = msg(
	'También puede consultarlas con SQL en',
	'You can also query them with SQL in'
);
export const exploreLink = msg('Explorar', 'Explore');
export const tocLabel = msg('En esta página', 'On this page');
export const tocDownloads = msg('Descargas', 'Downloads');
export const tocDictionary = msg('Diccionario', 'Dictionary');
export const tocMethodology = msg('Metodología', 'Methodology');
export const tocProvenance = msg('Procedencia', 'Provenance');
export const tocLicence = msg('Licencia', 'License');
export const tocCite = msg('Cómo citar', 'How to cite');

// Downloads.
export const colTable = msg('tabla', 'table');
export const colRows = msg('filas', 'rows');
export const colColumns = msg('columnas y tipos', 'columns and types');
export const colSize = msg('tamaño', 'size');
export const bundleLink = msg('Todas las tablas en CSV (.zip)', 'All tables in CSV (.zip)');
export const bundleFiles = msg(
	(n: string) =>
		`${n} archivos CSV (UTF-8 con BOM) y un LEEME.txt con la versión, las fuentes y la licencia.`,
	(n: string) =>
		`${n} CSV files (UTF-8 with BOM) and a LEEME.txt (in Spanish) with the version, the sources and the license.`
);
export const parquetIntro = msg(
	(tables: string, rows: string) =>
		`Cada tabla en Parquet (compresión ZSTD), el formato que leen directamente DuckDB, pandas, Polars, R (arrow) y Spark. ${tables} tablas, ${rows} filas en total.`,
	(tables: string, rows: string) =>
		`Each table in Parquet (ZSTD compression), the format that DuckDB, pandas, Polars, R (arrow) and Spark read directly. ${tables} tables, ${rows} rows in all.`
);
export const parquetCaption = msg('Tablas publicadas en Parquet', 'Tables published in Parquet');
export const columnsCount = msg(
	(n: number, text: string) => `${text} ${plural(n, 'columna', 'columnas')}`,
	(n: number, text: string) => `${text} ${plural(n, 'column', 'columns')}`
);
export const downloadsHintBefore = msg(
	'El significado de cada tabla y columna está en el contrato de datos del repositorio (',
	'The meaning of each table and column is in the repository’s data contract ('
);
export const downloadsHintAfter = msg(
	'); los códigos de indicador, en el diccionario de abajo.',
	'); the indicator codes, in the dictionary below.'
);

// Dictionary.
export const dictHeading = msg('Diccionario de indicadores', 'Indicator dictionary');
export const dictIntroBefore = msg(
	'Cada indicador es una columna de las exportaciones del SSME y un valor de',
	'Each indicator is a column of the SSME exports and a value of'
);
export const dictIntroAfter = msg(
	'en las tablas publicadas. Las categorías se publican como la posición del nivel (1 = el más bajo); los sí / no, como 1 / 0.',
	'in the published tables. Categories are published as the position of the level (1 = the lowest); yes / no, as 1 / 0.'
);
export const dictCaption = msg(
	'Diccionario de indicadores del SSME',
	'Dictionary of the SSME indicators'
);
export const dictCode = msg('código', 'code');
export const dictName = msg('nombre', 'name');
export const dictDimension = msg('dimensión', 'dimension');
export const dictUnit = msg('unidad', 'unit');
export const dictType = msg('tipo', 'type');
export const dictLevels = msg('niveles', 'levels');
export const dictAggregation = msg('agregación', 'aggregation');
export const dictRange = msg('rango', 'range');
export const dictDirection = msg('dirección', 'direction');
export const dictDescription = msg('descripción', 'description');

// Methodology.
export const methHeading = msg('Metodología', 'Methodology');
export const methSsmeHeading = msg('Qué es el SSME', 'What the SSME is');
export const methSsme = msg(
	'El Sistema de Seguimiento, Monitoreo y Evaluación de Iniciativas Clúster (SSME) es el instrumento con el que la Red Clúster Colombia, coordinada por Confecámaras con las cámaras de comercio, recoge en cada edición los mismos indicadores de cada iniciativa clúster: su gestión, sus proyectos, las empresas que vincula, su entorno y su madurez. El diccionario de abajo define cada indicador.',
	'The Sistema de Seguimiento, Monitoreo y Evaluación de Iniciativas Clúster (SSME) is the instrument with which Red Clúster Colombia, coordinated by Confecámaras with the chambers of commerce, collects the same indicators of every cluster initiative in each edition: its management, its projects, the companies it brings together, its environment and its maturity. The dictionary below defines each indicator.'
);
export const methEditionsHeading = msg('Ediciones', 'Editions');
export const methEdition = msg(
	(year: number, cutoff: string) => `: trabajo de campo ${year}, corte al ${cutoff} (edición`,
	(year: number, cutoff: string) => `: fieldwork ${year}, data as of ${cutoff} (edition`
);
export const methMapHeading = msg('Cómo agrega el mapa', 'How the map aggregates');
export const methMainBefore = msg('Cada iniciativa cuenta en', 'Each initiative counts in');
export const methMainStrong = msg(
	'un solo departamento, el principal',
	'one department only, its main one'
);
export const methMainAfter = msg(
	', para que la suma nacional no la cuente dos veces. Las iniciativas que abarcan varios departamentos aparecen también en el panel de los demás, marcadas «compartida» (tabla',
	', so that the national sum does not count it twice. Initiatives that span several departments also appear in the panel of the others, marked “shared” (table'
);
export const methMainColumn = msg(', columna', ', column');
export const methNoDeptBefore = msg(
	'Una iniciativa sin departamento conocido cuenta en el total nacional (',
	'An initiative without a known department counts in the national total ('
);
export const methNoDeptAfter = msg(') pero en ningún departamento.', ') but in no department.');
export const methAggregation = msg(
	'El valor de un departamento sigue la agregación del diccionario sobre las iniciativas que reportan: suma, promedio o mediana; en los indicadores sí / no, el porcentaje de «Sí»; en las categorías, el nivel más frecuente (ante empate, el más bajo) y la distribución completa en',
	'A department’s value follows the dictionary’s aggregation over the initiatives that report: sum, mean or median; for yes / no indicators, the percentage of “Yes”; for categories, the most frequent level (on a tie, the lowest) and the full distribution in'
);
export const methMissingHeading = msg('Faltante no es cero', 'Missing is not zero');
export const methMissing1 = msg(
	'Una celda vacía en el SSME es un dato no reportado, nunca un cero: no entra en',
	'An empty cell in the SSME is a value not reported, never a zero: it does not go into'
);
export const methMissing2 = msg(
	', y sumas, promedios y medianas se calculan solo con los valores presentes. Cada agregado publica cuántas iniciativas reportan (',
	', and sums, means and medians are computed only from the values present. Each aggregate publishes how many initiatives report ('
);
export const methMissing3 = msg(') de cuántas había (', ') out of how many there were (');
export const methMissing4 = msg(
	'). Un departamento sin iniciativas en una edición no tiene fila y el mapa lo muestra «sin datos».',
	'). A department without initiatives in an edition has no row and the map shows it as “no data”.'
);
export const methCohortsHeading = msg(
	'Cohortes y comparaciones en el tiempo',
	'Cohorts and comparisons over time'
);
export const methCohorts = msg(
	'Estar en una edición es tener fila en su archivo del SSME. El conjunto de iniciativas cambia entre ediciones (entran iniciativas nuevas y algunas dejan de reportar), así que una diferencia entre dos ediciones mezcla el cambio de composición con el cambio real. Para comparar lo comparable, restrinja a las iniciativas presentes en ambas ediciones o agrupe por cohorte de ingreso a la Red (',
	'Being in an edition means having a row in its SSME file. The set of initiatives changes between editions (new initiatives join and some stop reporting), so a difference between two editions mixes the change in composition with the real change. To compare like with like, restrict to the initiatives present in both editions or group by the cohort that joined the network ('
);
export const methCohortsExample = msg('), por ejemplo', '), for example');
export const methCohortsLink = msg('con esta consulta en Explorar', 'with this query in Explore');
export const methSampleHeading = msg('Datos de demostración', 'Demonstration data');
export const methSample1 = msg(
	'Los microdatos del SSME no son públicos: los valores de los indicadores publicados aquí son',
	'The SSME microdata are not public: the indicator values published here are'
);
export const methSampleStrong = msg('sintéticos', 'synthetic');
export const methSample2 = msg('. Los genera', '. They are generated by');
export const methSeed = msg('con la semilla', 'with the seed');
export const methSample3 = msg(
	': cada iniciativa real del catálogo recibe un tamaño latente y una trayectoria de madurez de las que salen todos sus indicadores, con faltantes (~3 % de celdas vacías) y abandonos (~10 % deja de reportar). La misma semilla produce exactamente los mismos archivos. El catálogo de iniciativas, los departamentos y las cifras de contexto sí son hechos públicos.',
	': each real initiative of the catalogue gets a latent size and a maturity path from which all its indicators come, with missing values (~3% empty cells) and dropouts (~10% stop reporting). The same seed produces exactly the same files. The catalogue of initiatives, the departments and the context figures are public facts.'
);

// Provenance and licence.
export const provHeading = msg('Procedencia', 'Provenance');
export const provTables = msg('Tablas:', 'Tables:');
export const provRowHeading = msg('Fuentes citadas fila por fila', 'Sources cited row by row');
export const provCoverage = msg(
	(n: string, total: string) =>
		`${n} de ${total} iniciativas del catálogo citan al menos una fuente pública en la columna`,
	(n: string, total: string) =>
		`${n} of ${total} initiatives in the catalogue cite at least one public source in the column`
);
export const provOfTable = msg('de la tabla', 'of the table');
export const provSites = msg('. Sitios citados:', '. Sites cited:');
export const provReferences = msg(
	'Las cifras de la Red y de contexto económico citan su fuente en cada fila:',
	'The network’s figures and the economic context figures cite their source in each row:'
);
export const provRows = msg(
	(n: number, text: string) => `(${text} ${plural(n, 'fila', 'filas')})`,
	(n: number, text: string) => `(${text} ${plural(n, 'row', 'rows')})`
);
export const licHeading = msg('Licencia', 'License');

// Citation.
export const citeHeading = msg('Cómo citar', 'How to cite');
export const citeIntro = msg(
	'Cite la versión de los datos que usó: cada publicación tiene su propia versión y fecha.',
	'Cite the data version you used: each release has its own version and date.'
);
export const citeApaHeading = msg('APA (7.ª edición)', 'APA (7th edition)');
export const citeCopyApa = msg('Copiar cita APA', 'Copy APA citation');
export const citeCopyBibtex = msg('Copiar BibTeX', 'Copy BibTeX');

import { msg } from '../message';

/** Shared interface pieces (`src/lib/ui`) and the error pages. */
export const sampleNoticeLabel = msg('Aviso sobre los datos', 'Notice about the data');
export const sampleNoticeTitle = msg('Datos de demostración:', 'Demonstration data:');
export const sampleNoticeText = msg(
	'valores sintéticos, no resultados del SSME.',
	'synthetic values, not SSME results.'
);

export const contextTitle = msg('Contexto', 'Context');
export const contextInitiatives = msg(
	(n: string) => `${n} iniciativas`,
	(n: string) => `${n} initiatives`
);
export const contextDepartments = msg(
	(n: string) => `en ${n} departamentos`,
	(n: string) => `in ${n} departments`
);
export const contextCompanies = msg(
	(n: string) => `y más de ${n} empresas`,
	(n: string) => `and more than ${n} companies`
);
export const contextSource = msg('Fuente:', 'Source:');
export const contextCountNote = msg(
	'Es el conteo público de la Red Clúster; el directorio de este tablero lista las iniciativas de su catálogo público, y el mapa cuenta las que participan en cada edición del SSME: las cifras usan reglas de conteo distintas.',
	'This is the Red Clúster’s public count; this dashboard’s directory lists the initiatives of its public catalogue, and the map counts those taking part in each SSME edition: the figures follow different counting rules.'
);

export const copied = msg('Copiado.', 'Copied.');
export const copyRefused = msg(
	'El navegador no permitió copiar: seleccione el texto y use Ctrl + C.',
	'The browser did not allow copying: select the text and press Ctrl + C.'
);

export const theData = msg('los datos', 'the data');
export const loadingWhat = msg(
	(what: string) => `Cargando ${what}…`,
	(what: string) => `Loading ${what}…`
);

export const tableLabel = msg(
	(caption: string) => `Tabla: ${caption}`,
	(caption: string) => `Table: ${caption}`
);

export const embedLinkText = msg('Ver en Tablero Clúster', 'View on Tablero Clúster');
export const opensNewTab = msg(' (abre una pestaña nueva)', ' (opens a new tab)');
export const syntheticValues = msg(' (valores sintéticos)', ' (synthetic values)');
export const embedDataVersion = msg(
	(version: string, date: string) => `Datos versión ${version}, publicados el ${date}`,
	(version: string, date: string) => `Data version ${version}, published on ${date}`
);

export const engineFailed = msg(
	(error: string) =>
		`No se pudo iniciar el motor de consultas: ${error} Las vistas del total nacional, por sector y por departamento con todas las iniciativas siguen disponibles.`,
	(error: string) =>
		`The query engine could not start: ${error} The views of the national total, by sector and by department with all initiatives are still available.`
);
export const engineStarting = msg('Iniciando el motor de consultas…', 'Starting the query engine…');
export const updating = msg('Actualizando…', 'Updating…');

export const notFoundTitle = msg('Página no encontrada', 'Page not found');
export const notFoundText = msg(
	'La dirección que abrió no existe en el Tablero Clúster. Puede que el enlace esté incompleto o que la página haya cambiado de lugar.',
	'The address you opened does not exist on Tablero Clúster. The link may be incomplete, or the page may have moved.'
);
export const notFoundHome = msg('Ir al mapa de inicio', 'Go to the home map');
export const notFoundHint = msg(
	'También puede buscar una iniciativa en el directorio o revisar los datos abiertos desde el menú de arriba.',
	'You can also look for an initiative in the directory or browse the open data from the menu above.'
);

export const closeNotice = msg('Cerrar aviso', 'Close notice');

export const errorTitle = msg('Error', 'Error');
export const errorHeading = msg('Algo salió mal', 'Something went wrong');
export const errorText = msg(
	(status: number) => `La página no se pudo mostrar (error ${status}).`,
	(status: number) => `The page could not be shown (error ${status}).`
);
export const errorHome = msg('Ir al inicio', 'Go to the home page');
/** "<page> · Tablero Clúster" in the tab's title. */
export const pageTitle = msg(
	(page: string) => `${page} · Tablero Clúster`,
	(page: string) => `${page} · Tablero Clúster`
);

import { msg } from '../message';

/**
 * The service worker's offline page. The worker has no layout to set the locale: it picks each
 * text by the request's path (`m.name[locale]`).
 */
export const title = msg('Sin conexión · Tablero Clúster', 'Offline · Tablero Clúster');
export const heading = msg('Sin conexión', 'Offline');
export const body = msg(
	'Esta página no se ha abierto antes en este navegador y no hay conexión para traerla. Cuando\nvuelva la conexión, recargue la página.',
	'This page has not been opened in this browser before and there is no connection to fetch it.\nWhen the connection is back, reload the page.'
);
export const available = msg('Disponibles sin conexión:', 'Available offline:');
export const sectionMap = msg('Mapa', 'Map');
export const sectionEvolution = msg('Evolución', 'Evolution');
export const sectionInitiatives = msg('Iniciativas', 'Initiatives');
export const sectionData = msg('Datos', 'Data');

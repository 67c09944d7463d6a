import { msg } from '../message';

/** Downloads, images and embeds (`src/lib/export`): toolbar, dialog, and what the files say. */
export const sampleLabel = msg(
	'DATOS DE DEMOSTRACIÓN: valores sintéticos, no resultados del SSME',
	'DEMONSTRATION DATA: synthetic values, not SSME results'
);
/** "Fuente: X" / "Source: X". */
export const sourceLine = msg(
	(source: string) => `Fuente: ${source}`,
	(source: string) => `Source: ${source}`
);
export const boundariesSource = msg(
	(source: string) => `${source} · Límites: Natural Earth`,
	(source: string) => `${source} · Boundaries: Natural Earth`
);

/** CSV comment lines. */
export const csvTitle = msg(
	(title: string) => `Tablero Clúster: ${title}`,
	(title: string) => `Tablero Clúster: ${title}`
);
export const csvFilters = msg(
	(filters: string) => `Filtros: ${filters}`,
	(filters: string) => `Filters: ${filters}`
);
export const csvVersion = msg(
	(version: string, published: string) =>
		`Versión de los datos: ${version} (publicados ${published})`,
	(version: string, published: string) => `Data version: ${version} (published ${published})`
);
export const csvGenerated = msg(
	(at: string) => `Generado: ${at}`,
	(at: string) => `Generated: ${at}`
);
export const csvSource = msg(
	(source: string) => `Fuente: ${source}`,
	(source: string) => `Source: ${source}`
);
export const csvView = msg(
	(url: string) => `Vista: ${url}`,
	(url: string) => `View: ${url}`
);
export const csvNumbers = msg(
	'Números con punto decimal y sin separador de miles; celda vacía = sin datos.',
	'Numbers with a decimal point and no thousands separator; empty cell = no data.'
);

/** The footer of exported images. */
export const imageDates = msg(
	(version: string, published: string, made: string) =>
		`Datos: versión ${version}, publicados el ${published} · Imagen generada el ${made}`,
	(version: string, published: string, made: string) =>
		`Data: version ${version}, published on ${published} · Image made on ${made}`
);

/** The toolbar under a chart. */
export const toolbarLabel = msg(
	(title: string) => `Descargar, exportar o compartir: ${title}`,
	(title: string) => `Download, export or share: ${title}`
);
export const downloadCsv = msg('Descargar CSV', 'Download CSV');
export const downloadParquet = msg('Descargar Parquet', 'Download Parquet');
export const imageSvg = msg('Imagen SVG', 'SVG image');
export const imagePng = msg('Imagen PNG', 'PNG image');
export const embed = msg('Insertar', 'Embed');
export const copyLink = msg('Copiar enlace', 'Copy link');
/** What the toolbar is doing ("…" follows) and what it says when done. */
export const doingCsv = msg('Descargar el CSV', 'Downloading the CSV');
export const doneCsv = msg('CSV descargado.', 'CSV downloaded.');
export const doingParquet = msg('Descargar el Parquet', 'Downloading the Parquet file');
export const doneParquet = msg('Parquet descargado.', 'Parquet file downloaded.');
export const doingImage = msg(
	(format: string) => `Exportar la imagen ${format}`,
	(format: string) => `Exporting the ${format} image`
);
export const doneImage = msg(
	(format: string) => `Imagen ${format} descargada.`,
	(format: string) => `${format} image downloaded.`
);
/** An action failed: "No se pudo descargar el csv: …". */
export const failed = msg(
	(action: string, error: string) => `No se pudo ${action.toLowerCase()}: ${error}`,
	(action: string, error: string) => `${action} failed: ${error}`
);
export const chartNotDrawn = msg('el gráfico aún no está dibujado', 'the chart is not drawn yet');
export const noCanvas = msg(
	'el navegador no permite dibujar en un lienzo',
	'the browser does not allow drawing on a canvas'
);
export const noPng = msg('no se pudo crear el PNG', 'the PNG could not be made');
export const linkCopied = msg('Enlace copiado al portapapeles.', 'Link copied to the clipboard.');
export const linkNotCopied = msg(
	(href: string) => `No se pudo copiar el enlace; cópielo de la barra de direcciones: ${href}`,
	(href: string) => `The link could not be copied; copy it from the address bar: ${href}`
);

/** The "Insertar" dialog. */
export const embedTitle = msg('Insertar esta vista', 'Embed this view');
export const embedCodeLabel = msg(
	'Código para pegar en otra página (HTML)',
	'Code to paste into another page (HTML)'
);
export const copyCode = msg('Copiar código', 'Copy code');
export const embedLinkLabel = msg('Enlace a esta vista', 'Link to this view');
export const codeCopied = msg('Código copiado al portapapeles.', 'Code copied to the clipboard.');
export const notCopied = msg(
	'No se pudo copiar: seleccione el texto y cópielo con Ctrl+C.',
	'Could not copy: select the text and copy it with Ctrl+C.'
);
export const close = msg('Cerrar', 'Close');

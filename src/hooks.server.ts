import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { LANG_TAG, localeOfPath } from '$lib/i18n/locale';

/** `<html lang>` per page: app.html says es-CO, English pages say en-US. */
export const handle: Handle = ({ event, resolve }) => {
	const tag = LANG_TAG[localeOfPath(event.url.pathname, base)];
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('<html lang="es-CO">', `<html lang="${tag}">`)
	});
};

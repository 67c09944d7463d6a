import { render } from 'svelte/server';
import LocatorBase from '$lib/profile/LocatorBase.svelte';
import { locatorShapes } from '$lib/profile/profiles.server';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * Colombia's departments in grey, drawn once: every profile's locator map shows this image under
 * its own department's outline, so 33 full paths are not repeated in each profile page.
 */
export const GET = (() => {
	const { body } = render(LocatorBase, { props: { shapes: [...locatorShapes().values()] } });
	return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`, {
		headers: { 'content-type': 'image/svg+xml' }
	});
}) satisfies RequestHandler;

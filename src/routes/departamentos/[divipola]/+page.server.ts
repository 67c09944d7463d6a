import { error } from '@sveltejs/kit';
import { buildDepartment } from '$lib/department/department';
import { departmentCodes, departmentSource } from '$lib/department/departments.server';
import { base } from '$app/paths';
import { localeOfPath } from '$lib/i18n/locale';
import * as m from '$lib/i18n/messages/department';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every department of the catalogue gets a page, with or without initiatives. */
export const entries = (async () =>
	(await departmentCodes()).map((divipola) => ({ divipola }))) satisfies EntryGenerator;

/** One department, sliced from data computed once for all of them (departments.server.ts). */
export const load = (async ({ params, parent, url }) => {
	const [{ catalog }, src] = await Promise.all([parent(), departmentSource()]);
	const department = buildDepartment(src, params.divipola, catalog);
	if (!department) error(404, m.notFound[localeOfPath(url.pathname, base)]);
	return { department };
}) satisfies PageServerLoad;

import { error } from '@sveltejs/kit';
import { departmentCard } from '$lib/department/card';
import { buildDepartment } from '$lib/department/department';
import { departmentCodes, departmentSource } from '$lib/department/departments.server';
import { base } from '$app/paths';
import { localeOfPath } from '$lib/i18n/locale';
import * as m from '$lib/i18n/messages/department';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One embeddable card per department page (nothing links to embeds: these are all built). */
export const entries = (async () =>
	(await departmentCodes()).map((divipola) => ({ divipola }))) satisfies EntryGenerator;

/** One department's card: counts and key indicators, sliced from the shared data. */
export const load = (async ({ params, parent, url }) => {
	const [{ catalog }, src] = await Promise.all([parent(), departmentSource()]);
	const department = buildDepartment(src, params.divipola, catalog);
	if (!department) error(404, m.notFound[localeOfPath(url.pathname, base)]);
	return { card: departmentCard(department, catalog) };
}) satisfies PageServerLoad;

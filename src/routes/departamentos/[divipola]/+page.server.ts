import { error } from '@sveltejs/kit';
import { buildDepartment } from '$lib/department/department';
import { departmentCodes, departmentSource } from '$lib/department/departments.server';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every department of the catalogue gets a page, with or without initiatives. */
export const entries = (async () =>
	(await departmentCodes()).map((divipola) => ({ divipola }))) satisfies EntryGenerator;

/** One department, sliced from data computed once for all of them (departments.server.ts). */
export const load = (async ({ params, parent }) => {
	const [{ catalog }, src] = await Promise.all([parent(), departmentSource()]);
	const department = buildDepartment(src, params.divipola, catalog);
	if (!department) error(404, 'No existe un departamento con ese código DIVIPOLA.');
	return { department };
}) satisfies PageServerLoad;

import { departmentIndex } from '$lib/department/department';
import { departmentSource } from '$lib/department/departments.server';
import type { PageServerLoad } from './$types';

/** The 33 departments with their counts of primary and shared initiatives. */
export const load = (async ({ parent }) => {
	const [{ catalog }, src] = await Promise.all([parent(), departmentSource()]);
	return { rows: departmentIndex(src, catalog) };
}) satisfies PageServerLoad;

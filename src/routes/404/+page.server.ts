import { basePath } from '../../../scripts/lib/app-version.js';
import type { PageServerLoad } from './$types';

// Prerendered as 404.html, which static hosts serve at any missing address, however deep: the
// page needs no JavaScript, and its links resolve against the site's absolute root (<base>).
export const csr = false;

export const load = (() => ({
	root: `${basePath(process.env.TABLERO_BASE)}/`
})) satisfies PageServerLoad;

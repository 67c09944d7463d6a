import {
	initiativeCatalog,
	initiativeEditions,
	type InitiativeRow,
	type ParticipationRow
} from '$lib/data/queries/initiatives';
import type { Catalog, Connector } from '$lib/data/types';
import { buildIndex, type DirectoryIndex } from './index-data';
import { maturityIndicator } from './url-state';

/** Runs the directory's two queries (any connector) and joins them into the index. */
export async function loadDirectoryIndex(conn: Connector, cat: Catalog): Promise<DirectoryIndex> {
	const madurez = maturityIndicator(cat)?.codigo ?? '';
	const [initiatives, participation] = await Promise.all([
		conn.query<InitiativeRow>(initiativeCatalog()),
		conn.query<ParticipationRow>(initiativeEditions(madurez))
	]);
	const ediciones = cat.ediciones.map((e) => e.edicion);
	return {
		version: cat.version,
		muestra: cat.muestra,
		ediciones,
		filas: buildIndex(initiatives, participation, ediciones)
	};
}

import { catalogOf } from '$lib/data/catalog';
import type { Catalog } from '$lib/data/types';
import type { ExportFilter } from '$lib/export/meta';
import type { ExportTable } from '$lib/export/table';
import { levelText } from '$lib/department/catalog';
import * as m from '$lib/i18n/messages/directory';
import type { Message } from '$lib/i18n/message';
import type { DirectoryRow } from './index-data';
import { shownLevel } from './select';
import { maturityIndicator, type DirectoryState } from './url-state';

const SORT_WORDS: Record<DirectoryState['orden'], Message> = {
	nombre: m.sortName,
	departamento: m.sortDepartment,
	sector: m.sortSector,
	ingreso: m.sortJoined,
	madurez: m.sortMaturity
};

/** The directory's filters in the words of the controls (only those that are set, and the order). */
export function directoryExportFilters(s: DirectoryState, cat: Catalog): ExportFilter[] {
	const maturity = maturityIndicator(cat);
	const out: ExportFilter[] = [];
	if (s.q.trim()) out.push({ label: m.filterSearch(), value: s.q.trim() });
	if (s.depto)
		out.push({
			label: m.department(),
			value: catalogOf(cat).departmentName(s.depto)
		});
	if (s.sector)
		out.push({
			label: m.sector(),
			value: catalogOf(cat).sector(s.sector)?.nombre ?? s.sector
		});
	if (s.edicion !== null)
		out.push({
			label: m.filterEdition(),
			value: catalogOf(cat).editionLabel(s.edicion)
		});
	if (s.madurez !== null && maturity)
		out.push({ label: m.filterMaturity(), value: levelText(maturity, s.madurez) });
	if (s.ingreso !== null) out.push({ label: m.colJoined(), value: String(s.ingreso) });
	if (!out.length) out.push({ label: m.filterNone(), value: m.filterNoneValue() });
	out.push({
		label: m.filterOrder(),
		value: `${SORT_WORDS[s.orden]()}${s.desc ? m.descending() : ''}`
	});
	return out;
}

/**
 * Every row the directory's filters select (all pages, in the table's order), with the columns the
 * table shows as data: codes beside names, the shown maturity as level position, name and edition.
 */
export function directoryExportTable(
	rows: DirectoryRow[],
	cat: Catalog,
	edIdx: number | null
): ExportTable {
	const depts = new Map(cat.departamentos.map((d) => [d.divipola, d.nombre]));
	const sectors = new Map(cat.sectores.map((x) => [x.sector_id, x.nombre]));
	const maturity = maturityIndicator(cat);
	const latest = (r: DirectoryRow) => {
		for (let i = r.madurez.length - 1; i >= 0; i--) if (r.madurez[i]) return i;
		return null;
	};
	return {
		rows: rows.map((r) => {
			const lvl = shownLevel(r, edIdx);
			const at = edIdx ?? latest(r);
			return {
				iniciativa_id: r.id,
				nombre: r.nombre,
				divipola: r.divipola,
				departamento: r.divipola ? (depts.get(r.divipola) ?? null) : null,
				departamentos_adicionales: r.adicionales.map((d) => depts.get(d) ?? d).join('; ') || null,
				municipio: r.municipio,
				sector_id: r.sector,
				sector: sectors.get(r.sector) ?? r.sector,
				anio_ingreso_red: r.ingreso,
				madurez_edicion: at === null || lvl === null ? null : (cat.ediciones[at]?.edicion ?? null),
				madurez_nivel: lvl,
				madurez: lvl === null || !maturity ? null : levelText(maturity, lvl)
			};
		}),
		columns: [
			{ name: 'iniciativa_id', type: 'STRING' },
			{ name: 'nombre', type: 'STRING' },
			{ name: 'divipola', type: 'STRING' },
			{ name: 'departamento', type: 'STRING' },
			{ name: 'departamentos_adicionales', type: 'STRING' },
			{ name: 'municipio', type: 'STRING' },
			{ name: 'sector_id', type: 'STRING' },
			{ name: 'sector', type: 'STRING' },
			{ name: 'anio_ingreso_red', type: 'INT32' },
			{ name: 'madurez_edicion', type: 'INT32' },
			{ name: 'madurez_nivel', type: 'INT32' },
			{ name: 'madurez', type: 'STRING' }
		]
	};
}

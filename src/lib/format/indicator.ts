import type { Indicador } from '$lib/data/types';
import { formatCompact, formatInteger, formatNumber, formatPercent } from './number';

/** Text for an indicator value in its unit; `null` (not reported) becomes "sin datos". */
export function formatValue(ind: Indicador, value: number | null | undefined, compact = false) {
	if (value === null || value === undefined || Number.isNaN(value)) return 'sin datos';
	if (ind.tipo === 'categoria') return levelName(ind, value);
	if (ind.unidad === '%' || ind.tipo === 'booleano') return formatPercent(value);
	if (compact) return formatCompact(value);
	switch (ind.unidad) {
		case 'conteo':
			return ind.agregacion === 'suma' ? formatInteger(value) : formatNumber(value, 1);
		case 'indice':
			return formatNumber(value, 1);
		default:
			return formatNumber(value, value < 100 ? 1 : 0);
	}
}

/** Unit label as a reader expects it beside a number. */
export function unitLabel(ind: Indicador): string {
	if (ind.tipo === 'booleano') return '% de iniciativas con «Sí»';
	if (ind.tipo === 'categoria') return 'nivel';
	if (ind.unidad === 'indice') return 'índice 0–100';
	if (ind.unidad === 'conteo') return '';
	return ind.unidad;
}

/** The level's name for a category value (1-based position). */
export function levelName(ind: Indicador, position: number): string {
	return ind.niveles[Math.round(position) - 1] ?? `nivel ${formatNumber(position, 0)}`;
}

/** How the value was aggregated, for captions ("suma", "mediana", ...). */
export function aggregationLabel(ind: Indicador): string {
	if (ind.tipo === 'booleano') return 'porcentaje de iniciativas';
	if (ind.tipo === 'categoria') return 'nivel más frecuente';
	return { suma: 'suma', promedio: 'promedio', mediana: 'mediana', distribucion: 'distribución' }[
		ind.agregacion
	];
}

/** A date "2024-11-30" → "30 de noviembre de 2024". */
export function formatDate(iso: string): string {
	const d = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
	if (Number.isNaN(d.getTime())) return iso;
	return new Intl.DateTimeFormat('es-CO', { dateStyle: 'long', timeZone: 'America/Bogota' }).format(
		d
	);
}

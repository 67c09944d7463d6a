import { columnLabels } from '$lib/i18n/messages/columns';

const labels: Record<string, (() => string) | undefined> = columnLabels;

/** A CSV column's header in the page's language; codes with no label (divipola, n) keep theirs. */
export function columnHeader(name: string): string {
	return labels[name]?.() ?? name;
}

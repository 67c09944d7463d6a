import { formatInteger } from '../format/number';
import * as m from '../i18n/messages/data';
import { MAX_SQL_LENGTH } from './sql-guard';

/** Shown when a link brought a query: it is in the editor but has not run (call it when shown). */
export const linkNotice = m.linkQueryNotRun;
/** Its Spanish text, as the Spanish page shows it (what tests compare). */
export const LINK_NOTICE = m.linkQueryNotRun.es;

/** Older or alternative names a shared console link may use for the query. */
export const LEGACY_EXPLORE_PARAMS: Record<string, 'sql'> = { q: 'sql', consulta: 'sql' };

function short(v: string): string {
	return v.length > 40 ? `${v.slice(0, 40)}…` : v;
}

/**
 * Reads the console's query from a query string (`?sql=…`). Like the map's parameters, bad input
 * never breaks the page: unknown or repeated parameters are ignored and an oversized query is
 * not loaded, each with a notice in the page's language.
 */
export function parseExploreState(params: URLSearchParams): {
	sql: string | null;
	notices: string[];
} {
	let sql: string | null = null;
	let seen = false;
	const notices: string[] = [];
	for (const [rawKey, value] of params) {
		const key = LEGACY_EXPLORE_PARAMS[rawKey] ?? rawKey;
		if (key !== 'sql') {
			notices.push(m.paramUnknown(short(rawKey)));
			continue;
		}
		if (seen) {
			notices.push(m.paramRepeated('sql'));
			continue;
		}
		seen = true;
		if (value.length > MAX_SQL_LENGTH) {
			notices.push(m.linkQueryTooLong(formatInteger(MAX_SQL_LENGTH)));
			continue;
		}
		if (value.trim()) sql = value;
	}
	return { sql, notices };
}

/** The query string that shares a query (`?sql=…`), or '' for an empty editor. */
export function serializeExploreState(sql: string): string {
	if (!sql.trim()) return '';
	return `?${new URLSearchParams({ sql }).toString()}`;
}

import * as m from '../i18n/messages/data';
import type { Message } from '../i18n/message';

/** DuckDB error classes (the text before «Error:») and how the console names them. */
const KINDS: [RegExp, Message][] = [
	[/^Parser Error$/i, m.sqlSyntax],
	[/^Catalog Error$/i, m.sqlCatalog],
	[/^Binder Error$/i, m.sqlBinder],
	[/^Permission Error$/i, m.sqlPermission],
	[/^Conversion Error$/i, m.sqlConversion],
	[/^Invalid Input Error$/i, m.sqlInvalidInput],
	[/^Out of Range Error$/i, m.sqlOutOfRange],
	[/^Out of Memory Error$/i, m.sqlOutOfMemory],
	[/^Invalid Configuration Error$/i, m.sqlConfiguration],
	[/^Not implemented Error$/i, m.sqlNotImplemented],
	[/^Constraint Error$/i, m.sqlConstraint],
	[/^Dependency Error$/i, m.sqlDependency],
	[/^(\w+ )?Error$/i, m.sqlDuckdb]
];

/** Shown when a query was cancelled (by the user or by DuckDB's interrupt); call it when shown. */
export const CANCELLED = m.sqlCancelled;

/** Did DuckDB stop this query because it was interrupted (cancelled)? */
export function isInterrupt(message: string): boolean {
	return /^INTERRUPT Error|\bInterrupted!?$|query (was )?(cancel|interrupt)/im.test(message);
}

/**
 * DuckDB-WASM reports errors as JSON (`{"exception_type":"Parser","exception_message":"…"}`);
 * native DuckDB as text (`Parser Error: …`). Both become the text form.
 */
export function plainMessage(message: string): string {
	const text = message.trim();
	if (!text.startsWith('{')) return text;
	try {
		const j = JSON.parse(text) as { exception_type?: string; exception_message?: string };
		if (typeof j.exception_message !== 'string') return text;
		return j.exception_type
			? `${j.exception_type} Error: ${j.exception_message}`
			: j.exception_message;
	} catch {
		return text;
	}
}

/**
 * DuckDB's message for a failed query, kept verbatim (researchers need the detail and the caret
 * under the failing token) behind a heading in the page's language: "Error de sintaxis: syntax error at or near…".
 */
export function describeSqlError(error: unknown): string {
	const raw = plainMessage(error instanceof Error ? error.message : String(error));
	if (isInterrupt(raw)) return CANCELLED();
	const match = /^([A-Za-z ]+ Error): ?([\s\S]*)$/.exec(raw);
	if (!match) return `${m.sqlDuckdb()}: ${raw}`;
	const label = KINDS.find(([re]) => re.test(match[1]!.trim()))?.[1] ?? m.sqlDuckdb;
	return `${label()}: ${match[2]!.trim()}`;
}

/**
 * The engine-level failure in a message, or null for an ordinary DuckDB error: a WASM trap
 * (`RuntimeError: memory access out of bounds`, `unreachable`, an `Aborted()`), a stack overflow,
 * or DuckDB running out of memory. After any of them the WASM instance cannot be trusted (after a
 * trap every later query fails the same way), so the console restarts it.
 */
export function engineFault(message: string): string | null {
	const text = message.trim();
	if (/^Out of Memory Error\b/i.test(text)) return text;
	// DuckDB's own error classes echo the query ("column unreachable not found"): not a fault.
	if (/^[A-Za-z ]+ Error:/.test(text) && !/^(RuntimeError|RangeError|Error):/.test(text))
		return null;
	return /RuntimeError|memory access out of bounds|\bunreachable\b|Aborted\(|Maximum call stack|out of memory|worker/i.test(
		text
	)
		? text
		: null;
}

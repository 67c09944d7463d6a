/** DuckDB hands back BIGINT as bigint; the UI wants plain numbers (counts never reach 2^53). */
export function plainRow<T extends Record<string, unknown>>(row: Record<string, unknown>): T {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'bigint' ? Number(v) : v;
	return out as T;
}

import {
	DateDay,
	Dictionary,
	Field,
	Float64,
	Int32,
	Int64,
	makeData,
	RecordBatch,
	Schema,
	Struct,
	Table,
	tableFromJSON,
	Utf8,
	vectorFromArray
} from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { resultColumns, resultRows, sqlTypeName, toCell } from './result-table';

function batches(t: Table): RecordBatch[] {
	return t.batches;
}

describe('result-table', () => {
	it('resultColumns names SQL types and makes repeated names unique', () => {
		const t = new Table({
			a: vectorFromArray([1.5, null], new Float64()),
			b: vectorFromArray(['x', 'y'], new Dictionary(new Utf8(), new Int32())),
			c: vectorFromArray([1n, 2n], new Int64())
		});
		const cols = resultColumns(t.batches[0]);
		expect(cols).toEqual([
			{ name: 'a', type: 'DOUBLE', numeric: true },
			{ name: 'b', type: 'VARCHAR', numeric: false },
			{ name: 'c', type: 'BIGINT', numeric: true }
		]);
		// DuckDB allows SELECT 1 AS a, 2 AS a: two fields with one name.
		const fields = [new Field('a', new Int32()), new Field('a', new Int32())];
		const child = (n: number) => makeData({ type: new Int32(), data: Int32Array.from([n]) });
		const dup = new RecordBatch(
			new Schema(fields),
			makeData({ type: new Struct(fields), length: 1, children: [child(1), child(2)] })
		);
		const dupCols = resultColumns(dup);
		expect(dupCols.map((c) => c.name)).toEqual(['a', 'a_2']);
		expect(resultRows([dup], dupCols)).toEqual([{ a: 1, a_2: 2 }]);
	});

	it('resultRows reads across batches up to a limit, nulls kept as null', () => {
		const t = tableFromJSON([
			{ x: 1, s: 'a' },
			{ x: null, s: 'b' },
			{ x: 3, s: null }
		]);
		const many = new Table([...t.batches, ...t.batches]);
		const cols = resultColumns(many.batches[0]);
		expect(resultRows(batches(many), cols)).toHaveLength(6);
		expect(resultRows(batches(many), cols, 4)).toEqual([
			{ x: 1, s: 'a' },
			{ x: null, s: 'b' },
			{ x: 3, s: null },
			{ x: 1, s: 'a' }
		]);
	});

	it('toCell writes dates as AAAA-MM-DD, big integers exactly and lists as JSON', () => {
		expect(toCell(Date.UTC(2024, 10, 29), new DateDay())).toBe('2024-11-29');
		// Whatever Arrow JS hands back for a DATE (number or Date), the cell is the calendar day.
		const dates = vectorFromArray([new Date(Date.UTC(2016, 10, 30))], new DateDay());
		expect(toCell(dates.get(0), dates.type)).toBe('2016-11-30');
		expect(toCell(12n, new Int64())).toBe(12);
		expect(toCell(2n ** 60n, new Int64())).toBe('1152921504606846976');
		expect(toCell(vectorFromArray([1, 2]), new Utf8())).toBe('[1,2]');
		expect(sqlTypeName(new DateDay())).toBe('DATE');
	});
});

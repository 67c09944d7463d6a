/**
 * Rewrites every entry's modification time in a zip archive. exceljs (through JSZip) stamps each
 * part of an xlsx with the current time, so without this the same sample would differ byte-wise
 * on every run.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function dosDateTime(date: Date): { time: number; day: number } {
	const time =
		(date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
	const day =
		((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
	return { time, day };
}

/** Sets all local and central-directory timestamps to `date` in place and returns the buffer. */
export function setZipDates(zip: Buffer, date: Date): Buffer {
	const { time, day } = dosDateTime(date);
	let eocd = zip.length - 22; // the end record is 22 bytes plus an optional comment
	while (eocd >= 0 && zip.readUInt32LE(eocd) !== EOCD) eocd--;
	if (eocd < 0) throw new Error('setZipDates: not a zip archive');
	const entries = zip.readUInt16LE(eocd + 10);
	let at = zip.readUInt32LE(eocd + 16);
	for (let i = 0; i < entries; i++) {
		if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('setZipDates: bad central directory');
		zip.writeUInt16LE(time, at + 12);
		zip.writeUInt16LE(day, at + 14);
		const local = zip.readUInt32LE(at + 42);
		if (zip.readUInt32LE(local) !== LOCAL) throw new Error('setZipDates: bad local header');
		zip.writeUInt16LE(time, local + 10);
		zip.writeUInt16LE(day, local + 12);
		at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
	}
	return zip;
}

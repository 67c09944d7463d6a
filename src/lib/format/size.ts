import { formatNumber } from './number';

/**
 * File size in binary units with the page's decimals: 9986 → "9,8 KiB" (en: "9.8 KiB"),
 * 3762543 → "3,6 MiB". The unit symbols are the same in both languages.
 */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${formatNumber(bytes, 0)} B`;
	const units = ['KiB', 'MiB', 'GiB'];
	let v = bytes / 1024;
	let i = 0;
	while (v >= 1024 && i < units.length - 1) {
		v /= 1024;
		i++;
	}
	return `${formatNumber(v, v < 10 ? 1 : 0)} ${units[i]}`;
}

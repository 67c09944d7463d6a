import { formatNumber } from './number';

/** File size in binary units with es-CO decimals: 9986 → "9,8 KiB", 3762543 → "3,6 MiB". */
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

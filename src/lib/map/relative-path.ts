import type { GeoContext } from 'd3-geo';

/**
 * A d3-geo path context that writes compact SVG path data: relative moves and implicit relative
 * line-tos on a fixed 10^-digits grid, zero-length steps dropped. The department paths appear
 * twice in the prerendered page (the SVG and the hydration data); in this form they take ~40 %
 * fewer bytes than d3's absolute `M…L…` at the same precision. Coordinates are rounded on the
 * grid before differencing, so the drawn points are exactly d3's rounded ones and shared borders
 * of neighbouring departments still coincide.
 */
export class RelativePath implements GeoContext {
	#f: number;
	#out = '';
	#x = 0;
	#y = 0;
	#startX = 0;
	#startY = 0;

	constructor(digits = 1) {
		this.#f = 10 ** digits;
	}

	#num(units: number): string {
		if (units === 0) return '0';
		const s = String(units / this.#f);
		return s.replace(/^(-?)0\./, '$1.');
	}

	#pair(x: number, y: number): string {
		const a = this.#num(x - this.#x);
		const b = this.#num(y - this.#y);
		this.#x = x;
		this.#y = y;
		return `${a}${b.startsWith('-') ? '' : ','}${b}`;
	}

	#sep(next: string): string {
		// A minus sign separates numbers by itself; otherwise a space.
		return next.startsWith('-') || /[a-z]$/i.test(this.#out) ? '' : ' ';
	}

	moveTo(x: number, y: number): void {
		const gx = Math.round(x * this.#f);
		const gy = Math.round(y * this.#f);
		this.#out += `m${this.#pair(gx, gy)}`;
		this.#startX = gx;
		this.#startY = gy;
	}

	lineTo(x: number, y: number): void {
		const gx = Math.round(x * this.#f);
		const gy = Math.round(y * this.#f);
		if (gx === this.#x && gy === this.#y) return;
		const p = this.#pair(gx, gy);
		this.#out += this.#out.endsWith('z') ? `l${p}` : this.#sep(p) + p;
	}

	closePath(): void {
		this.#out += 'z';
		// After `z` the current point is the subpath's start: the next `m` is relative to it.
		this.#x = this.#startX;
		this.#y = this.#startY;
	}

	/** Canvas-style hooks d3 may call; nothing to do for path data. */
	beginPath(): void {}

	/** Points (GeoJSON Point geometries) are not drawn on this map. */
	arc(): void {}

	/** The path data written so far. */
	result(): string {
		return this.#out;
	}
}

/**
 * Colour-vision deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1.0: full
 * dichromacy) and CIELAB distances, to check that the map's classes stay distinguishable.
 */

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

type Matrix = [number, number, number][];

/** Machado et al. 2009, Table 1 at severity 1.0; they apply to linear RGB. */
export const MACHADO: Record<Deficiency, Matrix> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

const toLinear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const toSrgb = (v: number) => (v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055);
const clamp = (v: number) => Math.min(1, Math.max(0, v));

/** `#rrggbb` → linear RGB in [0, 1]. */
export function linearRgb(hex: string): [number, number, number] {
	const m = /^#([0-9a-f]{6})$/i.exec(hex);
	if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
	return [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255)) as [
		number,
		number,
		number
	];
}

/** How a colour looks to someone with the given deficiency, as `#rrggbb`. */
export function simulate(hex: string, deficiency: Deficiency): string {
	const c = linearRgb(hex);
	return `#${MACHADO[deficiency]
		.map((row) => clamp(row[0] * c[0] + row[1] * c[1] + row[2] * c[2]))
		.map((v) =>
			Math.round(clamp(toSrgb(v)) * 255)
				.toString(16)
				.padStart(2, '0')
		)
		.join('')}`;
}

/**
 * Relative luminance (WCAG 2.1, the Y of CIE XYZ) of a `#rrggbb` colour: the one formula, used by
 * the contrast of labels on fills (`palette.ts`) and by CIELAB below. (WCAG's 0.03928 threshold
 * and sRGB's 0.04045 give the same result for every 8-bit channel value.)
 */
export function luminance(hex: string): number {
	const [r, g, b] = linearRgb(hex);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** CIELAB (D65) of a `#rrggbb` colour. */
export function lab(hex: string): [number, number, number] {
	const [r, g, b] = linearRgb(hex);
	const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
	const y = luminance(hex);
	const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
	return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference ΔE*ab; about 2.3 is a just-noticeable difference. */
export function deltaE(a: string, b: string): number {
	const [l1, a1, b1] = lab(a);
	const [l2, a2, b2] = lab(b);
	return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** Lightness difference ΔL* (what remains in greyscale). */
export function deltaL(a: string, b: string): number {
	return Math.abs(lab(a)[0] - lab(b)[0]);
}

import type { Attachment } from 'svelte/attachments';

let observer: ResizeObserver | undefined;
const callbacks = new WeakMap<Element, (width: number) => void>();

/**
 * Reports an element's width (rounded, like `clientWidth`) each time it changes, from a shared
 * ResizeObserver. Unlike `bind:clientWidth` it never reads the width while the page hydrates (that
 * read forces a layout, and redrawing every chart at once made one long task of a profile's
 * fourteen charts): each element's new width arrives in its own task after layout.
 */
export function measureWidth(onwidth: (width: number) => void): Attachment<HTMLElement> {
	return (el) => {
		observer ??= new ResizeObserver((entries) => {
			for (const e of entries) {
				const width = Math.round(e.contentRect.width);
				const cb = callbacks.get(e.target);
				if (cb) setTimeout(() => callbacks.get(e.target) === cb && cb(width), 0);
			}
		});
		callbacks.set(el, onwidth);
		observer.observe(el);
		return () => {
			callbacks.delete(el);
			observer?.unobserve(el);
		};
	};
}

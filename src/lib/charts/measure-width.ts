import type { Attachment } from 'svelte/attachments';

interface Watched {
	onwidth: (width: number) => void;
	/** Width measured but not yet passed on (the element is away from the viewport). */
	pending: number | null;
	near: boolean;
}

let resize: ResizeObserver | undefined;
let visible: IntersectionObserver | undefined;
const watched = new WeakMap<Element, Watched>();

/** Passes a width on in its own task: a redraw per task, never all charts in one long task. */
function deliver(el: Element, w: Watched) {
	if (w.pending === null) return;
	const width = w.pending;
	w.pending = null;
	setTimeout(() => watched.get(el) === w && w.onwidth(width), 0);
}

/**
 * Reports an element's width (rounded, like `clientWidth`) when it changes, from a shared
 * ResizeObserver, but only while the element is near the viewport (an IntersectionObserver with a
 * screen of margin): a chart far down the page is redrawn at its real width when the reader scrolls
 * towards it, not while the page starts. Unlike `bind:clientWidth` it never reads the width while
 * the page hydrates (that read forces a layout, and redrew a profile's fourteen charts in one long
 * task).
 */
export function measureWidth(onwidth: (width: number) => void): Attachment<HTMLElement> {
	return (el) => {
		resize ??= new ResizeObserver((entries) => {
			for (const e of entries) {
				const w = watched.get(e.target);
				if (!w) continue;
				w.pending = Math.round(e.contentRect.width);
				if (w.near) deliver(e.target, w);
			}
		});
		visible ??= new IntersectionObserver(
			(entries) => {
				for (const e of entries) {
					const w = watched.get(e.target);
					if (!w) continue;
					w.near = e.isIntersecting;
					if (w.near) deliver(e.target, w);
				}
			},
			{ rootMargin: '100% 0px' }
		);
		watched.set(el, { onwidth, pending: null, near: false });
		resize.observe(el);
		visible.observe(el);
		return () => {
			watched.delete(el);
			resize?.unobserve(el);
			visible?.unobserve(el);
		};
	};
}

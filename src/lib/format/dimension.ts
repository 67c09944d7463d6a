import { dimensions } from '../i18n/messages/format';

/** The reader's name of a dictionary dimension in the page's language (the code itself if unknown). */
export function dimensionName(code: string): string {
	return Object.hasOwn(dimensions, code) ? dimensions[code as keyof typeof dimensions]() : code;
}

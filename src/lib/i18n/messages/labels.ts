import { msg } from '../message';

/** Data labels the published data may lack (`data/prerender.server.ts`). */
export const sampleDescriptionDefault = msg(
	'Datos de demostración: valores sintéticos, no resultados del SSME.',
	'Demonstration data: synthetic values, not SSME results.'
);

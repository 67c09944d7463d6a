/**
 * CLI for the demonstration data: `npm run data:sample [-- --scale N --out <dir> --seed S]`.
 * Writes `<out>/raw/ssme/*` and `<out>/raw/origen.json`; see scripts/sample/README.md.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateSample } from './sample/generate-sample.ts';

const { values } = parseArgs({
	options: {
		scale: { type: 'string', default: '1' },
		out: { type: 'string' },
		seed: { type: 'string', default: String(DEFAULT_SEED) }
	}
});

const started = performance.now();
try {
	const { files, resultRows } = await generateSample({
		scale: Number(values.scale),
		outDir: values.out,
		seed: Number(values.seed)
	});
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	for (const file of files) console.log(`[built] ${file}`);
	console.log(`${resultRows.toLocaleString('es-CO')} valores de resultados en ${seconds} s`);
} catch (error) {
	// Bad arguments are the usual cause: print the reason, not a stack trace.
	console.error(`data:sample: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}

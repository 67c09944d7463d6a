/**
 * `npm run data`: validates `data/raw` + `data/reference` and publishes Parquet, Arrow, the
 * manifest and the map's TopoJSON into `static/` (see scripts/README.md and data/README.md).
 */
import { parseArgs } from './lib/args.ts';
import { build } from './lib/build.ts';

try {
	const args = parseArgs(process.argv.slice(2));
	const t0 = performance.now();
	const result = await build(args);
	const s = ((performance.now() - t0) / 1000).toFixed(1);
	if (result.status === 'failed') {
		console.error(`Datos NO publicados: ${result.report.errorCount} errores (ver arriba). ${s} s`);
		process.exitCode = 1;
	} else
		console.log(
			`Datos ${result.status === 'fresh' ? 'al día' : 'publicados'} en ${args.out}/ (${s} s)`
		);
} catch (e) {
	console.error(`ERROR interno de la compilación: ${(e as Error).stack ?? String(e)}`);
	process.exitCode = 2;
}

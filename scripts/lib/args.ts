/** Command-line options of `npm run data`. */
export interface BuildArgs {
	input: string;
	out: string;
	force: boolean;
}

/** Parses `--input <dir> --out <dir> [--force]`; unknown flags are an error, not ignored. */
export function parseArgs(argv: string[]): BuildArgs {
	const args: BuildArgs = { input: 'data', out: 'static', force: false };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--input' || a === '--out') {
			const v = argv[++i];
			if (!v) throw new Error(`falta el valor de ${a}`);
			if (a === '--input') args.input = v;
			else args.out = v;
		} else if (a === '--force') args.force = true;
		else
			throw new Error(`opción desconocida: ${a} (use --input <carpeta> --out <carpeta> [--force])`);
	}
	return args;
}

import { readFileSync } from 'node:fs';
/** The readable report (bench/RESULTS.md) from the results object. */
import type { BenchResults } from './run.ts';
import type { Spread } from './stats.ts';
import { TARGETS, type ProfileSummary } from './summary.ts';

const nf = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 1 });
const kb = (b: number | null) => (b === null ? '—' : `${nf.format(b / 1024)} KB`);

/** "median (min–max)" in ms, or in KB for bytes. */
function ms(s: Spread): string {
	if (s.mediana === null) return '—';
	const r = s.n > 1 && s.min !== s.max ? ` (${nf.format(s.min!)}–${nf.format(s.max!)})` : '';
	return `${nf.format(s.mediana)}${r}`;
}
function bytes(s: Spread): string {
	if (s.mediana === null) return '—';
	const r = s.n > 1 && s.min !== s.max ? ` (${kb(s.min)}–${kb(s.max)})` : '';
	return `${kb(s.mediana)}${r}`;
}
const ok = (pass: boolean) => (pass ? '✓' : '✗');

function profileRows(p: ProfileSummary, scale: number): [string, string][] {
	const target = scale === 1 ? TARGETS.cambioP95Ms.escala1 : TARGETS.cambioP95Ms.millon;
	const fv = p.primeraVista.total.mediana ?? 0;
	const l = p.latencia;
	return [
		[
			`Primera vista, total (gzip)`,
			`${bytes(p.primeraVista.total)} ${ok(fv < TARGETS.primeraVistaKB * 1024)}`
		],
		[
			`— HTML / JS / CSS / datos / otros`,
			`${kb(p.primeraVista.html.mediana)} / ${kb(p.primeraVista.js.mediana)} / ${kb(p.primeraVista.css.mediana)} / ${kb(p.primeraVista.data.mediana)} / ${kb(p.primeraVista.other.mediana)}`
		],
		[`Primera vista si el servidor usa brotli 11`, `${bytes(p.primeraVistaBrotli.total)}`],
		[`WASM descargado antes de la primera pintura`, `${p.wasmAntesDePintar ? 'sí ✗' : 'no ✓'}`],
		[`Primera pintura con contenido (FCP), ms`, `${ms(p.fcp)}`],
		[
			`Mapa visible (33 departamentos pintados), ms`,
			`${ms(p.mapa)} ${ok((p.mapa.mediana ?? Infinity) < TARGETS.mapaMs)}`
		],
		[`Evento load, ms`, `${ms(p.load)}`],
		[`Página hidratada (interactiva), ms`, `${ms(p.hidratado)}`],
		[
			`Enlace compartido a otra vista: su propia vista dibujada, ms`,
			`${ms(p.enlace)} ${ok((p.enlace.mediana ?? Infinity) <= TARGETS.enlaceMs)}`
		],
		[`— bytes hasta entonces`, `${bytes(p.enlaceBytes)}`],
		[
			`Bytes del motor (WASM) en toda la visita del mapa`,
			`${bytes(p.motorBytes)} ${ok(p.motorBytes.mediana === 0)}`
		],
		[
			`Cambio de control → mapa, leyenda y total nacional, p50 / p95, ms (${p.soloMapa.n} por corrida)`,
			`${ms(p.soloMapa.p50)} / ${ms(p.soloMapa.p95)} ${ok((p.soloMapa.p95.mediana ?? Infinity) <= TARGETS.cambioMapaP95Ms)}`
		],
		[
			`Cambio de control → todo, panel del departamento incluido, p50 / p95, ms (${l.todos.n} cambios por corrida)`,
			`${ms(l.todos.p50)} / ${ms(l.todos.p95)} ${ok((l.todos.p95.mediana ?? Infinity) < target)}`
		],
		[`— filtro nuevo (frío), p50 / p95 (${l.frio.n})`, `${ms(l.frio.p50)} / ${ms(l.frio.p95)}`],
		[
			`— filtro ya visto (tibio), p50 / p95 (${l.tibio.n})`,
			`${ms(l.tibio.p50)} / ${ms(l.tibio.p95)}`
		],
		[
			`— departamento, p50 / p95 (${l.departamento.n})`,
			`${ms(l.departamento.p50)} / ${ms(l.departamento.p95)}`
		],
		[
			`— primer departamento (lee las iniciativas y los grupos de filas de resultados)`,
			`${ms(p.primerDepartamento)} ${ok((p.primerDepartamento.mediana ?? Infinity) <= TARGETS.primerDepartamentoMs)}`
		],
		[`Cambio → siguiente cuadro, p95, ms`, `${ms(l.todos.p95Cuadro)}`],
		[`Pico de heap JS de la página, MiB`, `${ms(p.heapPicoMiB)}`]
	];
}

/**
 * Figures measured by hand rather than by this script (Lighthouse, map position), kept in
 * `bench/lighthouse.md` and appended, so a new `npm run bench` does not drop them.
 */
function handMeasured(): string {
	try {
		return `\n${readFileSync('bench/lighthouse.md', 'utf8').trim()}\n`;
	} catch {
		return '';
	}
}

export function renderReport(r: BenchResults): string {
	const out: string[] = [
		'# Resultados de `npm run bench`',
		'',
		`Medido el ${r.fecha.slice(0, 10)} en ${r.maquina.nucleos} núcleos (${r.maquina.cpu}), Node ${r.maquina.node}, ${r.maquina.chromium}. ` +
			`${r.opciones.corridas} corridas por perfil, ${r.opciones.cambios} cambios de control por pasada (dos pasadas: la segunda repite los mismos filtros).`,
		`Carga media del sistema (1 min) al empezar y al terminar: ${nf.format(r.maquina.carga.inicio)} y ${nf.format(r.maquina.carga.fin)} (con ${r.maquina.nucleos} núcleos, una carga mayor significa que otros procesos competían por la CPU).`,
		...(r.reintentos
			? [
					`Corridas repetidas tras un fallo (p. ej. una carga throttled que se atascó): ${r.reintentos}.`
				]
			: []),
		'Cada cifra es la **mediana (mín–máx)** de las corridas. Bytes: lo que viajó comprimido (gzip 9, como archivos precomprimidos; el Parquet viaja tal cual, por rangos). El motor a demanda se mide aparte con brotli 11.',
		'Cómo se mide y qué significa cada fila: `bench/README.md`.',
		''
	];
	for (const s of r.escalas) {
		out.push(
			`## Escala ${s.escala}: ${nf.format(s.filasResultados)} filas de resultados, ${nf.format(s.iniciativas)} iniciativas`,
			''
		);
		const ids = Object.keys(s.perfiles);
		out.push(
			`| | ${ids.map((id) => s.perfiles[id]!.etiqueta).join(' | ')} |`,
			`| --- | ${ids.map(() => '---').join(' | ')} |`
		);
		const rows = ids.map((id) => profileRows(s.perfiles[id]!.resumen, s.escala));
		for (let i = 0; i < rows[0]!.length; i++) {
			out.push(`| ${rows[0]![i]![0]} | ${rows.map((rr) => rr[i]![1]).join(' | ')} |`);
		}
		out.push(
			'',
			'Lecturas de Parquet en la página (`parquet <tabla>`: descarga de los grupos de filas + decodificación) y, si algo arrancó el motor, carga de tablas y consultas en DuckDB (ms; p50 / p95, n por corrida):',
			''
		);
		out.push(
			`| | ${ids.map((id) => s.perfiles[id]!.etiqueta).join(' | ')} |`,
			`| --- | ${ids.map(() => '---').join(' | ')} |`
		);
		const tableNames = [
			...new Set(ids.flatMap((id) => Object.keys(s.perfiles[id]!.resumen.tablas)))
		];
		for (const t of tableNames) {
			out.push(
				`| tabla ${t} | ${ids
					.map((id) => {
						const v = s.perfiles[id]!.resumen.tablas[t];
						return v ? ms(v) : '—';
					})
					.join(' | ')} |`
			);
		}
		const queryNames = [
			...new Set(ids.flatMap((id) => Object.keys(s.perfiles[id]!.resumen.consultas)))
		];
		for (const q of queryNames) {
			out.push(
				`| consulta sobre ${q} | ${ids
					.map((id) => {
						const v = s.perfiles[id]!.resumen.consultas[q];
						return v ? `${nf.format(v.p50 ?? 0)} / ${nf.format(v.p95 ?? 0)} (${v.n})` : '—';
					})
					.join(' | ')} |`
			);
		}
		out.push('');
		const extra = ids.filter((id) => s.perfiles[id]!.motor || s.perfiles[id]!.sinMotor);
		if (extra.length) {
			out.push(
				'El motor (DuckDB-WASM) solo a demanda: `/evolucion?cohorte=panel` en un contexto nuevo, servido con brotli 11; y las páginas que nunca lo descargan:',
				'',
				`| | ${extra.map((id) => s.perfiles[id]!.etiqueta).join(' | ')} |`,
				`| --- | ${extra.map(() => '---').join(' | ')} |`
			);
			const cell = (f: (x: NonNullable<(typeof s.perfiles)[string]>) => string) =>
				extra.map((id) => f(s.perfiles[id]!)).join(' | ');
			out.push(
				`| motor listo, ms | ${cell((x) => (x.motor?.listoMs == null ? '—' : nf.format(x.motor.listoMs)))} |`,
				`| panel constante dibujado, ms | ${cell((x) => (x.motor?.vistaMs == null ? '—' : nf.format(x.motor.vistaMs)))} |`,
				`| bytes del motor (codificación) | ${cell((x) => (x.motor ? `${kb(x.motor.motorBytes)} (${x.motor.codificacion})` : '—'))} |`,
				...[
					...new Set(extra.flatMap((id) => s.perfiles[id]!.motor?.tablas.map((t) => t.tabla) ?? []))
				].map(
					(t) =>
						`| tabla ${t}: Parquet → Arrow → DuckDB, ms | ${cell((x) => {
							const v = x.motor?.tablas.find((y) => y.tabla === t);
							return v ? nf.format(v.ms) : '—';
						})} |`
				),
				`| bytes del motor en ${extra.length ? (s.perfiles[extra[0]!]!.sinMotor?.paginas.join(', ') ?? '') : ''} | ${cell((x) => (x.sinMotor ? `${kb(x.sinMotor.motorBytes)} ${ok(x.sinMotor.motorBytes === 0)} (de ${kb(x.sinMotor.totalBytes)})` : '—'))} |`
			);
			// Spanish and English first visits side by side: the English mirror must cost the same
			// (issue 14: within 5 KB).
			const langs = s.perfiles[extra[0]!]!.idiomas ?? [];
			for (const [i, pg] of langs.entries()) {
				if (pg.pagina === '/en' || pg.pagina.startsWith('/en/')) continue;
				const twin = langs[i + 1];
				out.push(
					`| primera vista ${pg.pagina} → ${twin?.pagina ?? '—'} (nada en caché), KB e hidratada, ms | ${cell(
						(x) => {
							const es = x.idiomas?.[i];
							const en = x.idiomas?.[i + 1];
							if (!es || !en) return '—';
							const d = en.bytes - es.bytes;
							return `${kb(es.bytes)} → ${kb(en.bytes)} (${d >= 0 ? '+' : ''}${kb(d)} ${ok(Math.abs(d) <= 5 * 1024)}); ${nf.format(Math.round(es.hidratadoMs))} → ${nf.format(Math.round(en.hidratadoMs))}`;
						}
					)} |`
				);
			}
			const pages = s.perfiles[extra[0]!]!.sinMotor?.porPagina ?? [];
			for (const [i, pg] of pages.entries())
				out.push(
					`| bytes de ${pg.pagina} (en ese orden, en un contexto) | ${cell((x) => {
						const b = x.sinMotor?.porPagina?.[i]?.bytes;
						return b == null ? '—' : kb(b);
					})} |`
				);
			out.push('');
		}
		out.push('Parquet publicado que lee la página (el mismo que se descarga):', '');
		out.push(
			'| tabla | filas | grupos de filas | Parquet | Parquet gzip |',
			'| --- | --- | --- | --- | --- |'
		);
		for (const [name, t] of Object.entries(s.tablas)) {
			out.push(
				`| ${name} | ${nf.format(t.filas)} | ${nf.format(t.grupos)} | ${kb(t.parquet)} | ${kb(t.parquetGzip)} |`
			);
		}
		out.push('');
	}
	return `${out.join('\n')}\n${handMeasured()}`;
}

import { agregadosDepartamento } from './agregados-departamento.ts';
import { coyuntura, hitos } from './copias.ts';
import { departamentos } from './departamentos.ts';
import { distribucionDepartamento } from './distribucion-departamento.ts';
import { ediciones } from './ediciones.ts';
import { indicadores } from './indicadores.ts';
import { iniciativaDepartamentos } from './iniciativa-departamentos.ts';
import { iniciativas } from './iniciativas.ts';
import { resultados } from './resultados.ts';
import { sectores } from './sectores.ts';
import type { TableOutput } from './types.ts';

/** Every published table, in the order they are built and listed in the manifest. */
export const TABLES: TableOutput[] = [
	iniciativas,
	iniciativaDepartamentos,
	resultados,
	departamentos,
	sectores,
	ediciones,
	indicadores,
	agregadosDepartamento,
	distribucionDepartamento,
	hitos,
	coyuntura
];

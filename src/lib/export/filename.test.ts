import { describe, expect, it } from 'vitest';
import { exportFilename, slugPart } from './filename';

describe('exportFilename', () => {
	it('joins slugged parts after the site name', () => {
		expect(exportFilename(['mapa', 'empleos', 2024, 'todos'], 'csv')).toBe(
			'tablero-cluster_mapa_empleos_2024_todos.csv'
		);
	});

	it('drops accents, spaces and separators inside a part; skips empty parts', () => {
		expect(slugPart('Agroindustria y Café / Cacao')).toBe('agroindustria-y-cafe-cacao');
		expect(exportFilename(['mapa', '', 'empresas_vinculadas'], 'parquet')).toBe(
			'tablero-cluster_mapa_empresas-vinculadas.parquet'
		);
	});
});

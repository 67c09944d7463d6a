import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '$lib/i18n/locale';
import { catalog } from '$lib/test-fixtures';
import { directoryExportFilters } from './export';
import { defaultDirectoryState } from './url-state';

afterEach(() => setLocale('es'));

describe('directoryExportFilters in English', () => {
	it('directoryExportFilters(state) names the filters and the order in English', () => {
		setLocale('en');
		expect(
			directoryExportFilters(
				{ ...defaultDirectoryState(), q: 'café', depto: '05', orden: 'ingreso', desc: true },
				catalog
			)
		).toEqual([
			{ label: 'Search', value: 'café' },
			{ label: 'Department', value: 'Antioquia' },
			{ label: 'Order', value: 'year of joining the Red (descending)' }
		]);
		expect(directoryExportFilters(defaultDirectoryState(), catalog)[0]).toEqual({
			label: 'Filters',
			value: 'none (all initiatives)'
		});
	});
});

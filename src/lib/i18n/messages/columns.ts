import { msg } from '../message';

/**
 * Column headers of the CSV downloads, by the data's column name (the Spanish name is the
 * contract's, which the Parquet downloads and `/datos` keep in both languages). A column missing
 * here keeps its name; `columns.test.ts` checks that every exported column has one.
 */
export const columnLabels = {
	anio_campo: msg('anio_campo', 'field_year'),
	anio_desde: msg('anio_desde', 'year_from'),
	anio_hasta: msg('anio_hasta', 'year_to'),
	anio_ingreso_red: msg('anio_ingreso_red', 'year_joined_network'),
	cambio: msg('cambio', 'change'),
	cambio_pct: msg('cambio_pct', 'change_pct'),
	cohorte: msg('cohorte', 'cohort'),
	departamento: msg('departamento', 'department'),
	departamentos_adicionales: msg('departamentos_adicionales', 'additional_departments'),
	departamentos_con_datos: msg('departamentos_con_datos', 'departments_with_data'),
	desglose: msg('desglose', 'breakdown'),
	edicion: msg('edicion', 'edition'),
	edicion_desde: msg('edicion_desde', 'edition_from'),
	edicion_etiqueta: msg('edicion_etiqueta', 'edition_label'),
	edicion_hasta: msg('edicion_hasta', 'edition_to'),
	ediciones_elegidas: msg('ediciones_elegidas', 'chosen_editions'),
	etiqueta_desde: msg('etiqueta_desde', 'label_from'),
	etiqueta_edicion: msg('etiqueta_edicion', 'edition_label'),
	etiqueta_hasta: msg('etiqueta_hasta', 'label_to'),
	indicador: msg('indicador', 'indicator'),
	indicador_nombre: msg('indicador_nombre', 'indicator_name'),
	iniciativa_id: msg('iniciativa_id', 'initiative_id'),
	madurez: msg('madurez', 'maturity'),
	madurez_edicion: msg('madurez_edicion', 'maturity_edition'),
	madurez_nivel: msg('madurez_nivel', 'maturity_level'),
	medida: msg('medida', 'measure'),
	mediana_departamentos: msg('mediana_departamentos', 'median_of_departments'),
	municipio: msg('municipio', 'municipality'),
	n_desde: msg('n_desde', 'n_from'),
	n_hasta: msg('n_hasta', 'n_to'),
	n_iniciativas: msg('n_iniciativas', 'n_initiatives'),
	n_reportan: msg('n_reportan', 'n_reporting'),
	nacional: msg('nacional', 'national'),
	nivel: msg('nivel', 'level'),
	nivel_nombre: msg('nivel_nombre', 'level_name'),
	nombre: msg('nombre', 'name'),
	porcentaje: msg('porcentaje', 'percentage'),
	puesto: msg('puesto', 'rank'),
	serie: msg('serie', 'series'),
	serie_nombre: msg('serie_nombre', 'series_name'),
	valor: msg('valor', 'value'),
	valor_desde: msg('valor_desde', 'value_from'),
	valor_hasta: msg('valor_hasta', 'value_to')
};

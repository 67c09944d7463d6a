const DIMENSIONS: Record<string, string> = {
	madurez: 'Madurez',
	gestion: 'Gestión de la iniciativa',
	proyectos: 'Proyectos',
	empresas: 'Empresas',
	entorno: 'Entorno',
	cluster_regional: 'Clúster regional'
};

/** The reader's name of a dictionary dimension (the code itself if unknown). */
export function dimensionName(code: string): string {
	return DIMENSIONS[code] ?? code;
}

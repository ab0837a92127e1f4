'use strict';
/**
 * n8n Data Tables through n8n's REST API as the signed-in owner, as the editor's Data tables page makes them
 * (/rest/projects/<personal project>/data-tables: create with columns, /insert rows, /rows to read): the e2e puts
 * the SKU map an example refers to by name in place before the example runs, and reads what a workflow wrote.
 */

/** The owner's personal project, where the editor puts a new data table by default. */
async function personalProjectId(session) {
	const project = await session.rest('GET', 'projects/personal');
	return project.id;
}

/** The tables of that project with this name (n8n matches names case-insensitively). */
async function tablesNamed(session, projectId, name) {
	const filter = encodeURIComponent(JSON.stringify({ name }));
	const { data } = await session.rest(
		'GET',
		`projects/${projectId}/data-tables?filter=${filter}&take=100`,
	);
	return data.filter((table) => table.name.toLowerCase() === name.toLowerCase());
}

/**
 * Replaces the table `name` (deleted when it exists) by a new one with these columns and rows.
 * @param {import('./liveWorkflows').LiveN8n} session
 * @param {{ name: string, columns: Array<{ name: string, type: 'string'|'number'|'boolean'|'date' }>, rows: object[] }} table
 * @returns {Promise<{ id: string, projectId: string }>}
 */
async function replaceDataTable(session, { name, columns, rows }) {
	const projectId = await personalProjectId(session);
	for (const old of await tablesNamed(session, projectId, name))
		await session.rest('DELETE', `projects/${projectId}/data-tables/${old.id}`);
	const created = await session.rest('POST', `projects/${projectId}/data-tables`, {
		name,
		columns,
	});
	if (rows.length) {
		const inserted = await session.rest(
			'POST',
			`projects/${projectId}/data-tables/${created.id}/insert`,
			{ data: rows, returnType: 'count' },
		);
		if (inserted?.insertedRows !== rows.length)
			throw new Error(
				`data table "${name}": inserted ${JSON.stringify(inserted)}, expected ${rows.length} rows`,
			);
	}
	return { id: created.id, projectId };
}

/** The rows of the table `name` (system columns id, createdAt, updatedAt included), oldest first. */
async function dataTableRows(session, name) {
	const projectId = await personalProjectId(session);
	const [table] = await tablesNamed(session, projectId, name);
	if (!table) throw new Error(`no data table named "${name}"`);
	const { data } = await session.rest(
		'GET',
		`projects/${projectId}/data-tables/${table.id}/rows?take=1000&sortBy=${encodeURIComponent('id:asc')}`,
	);
	return data;
}

module.exports = { replaceDataTable, dataTableRows };

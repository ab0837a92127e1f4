'use strict';
/**
 * What a swapped third-party node would have written, read from the NoOp recording step that replaced it.
 */

/** The output items (json) of a node in n8n's IRun; throws when the node did not run. */
function nodeOutput(run, nodeName, { outputIndex = 0, runIndex = 0 } = {}) {
	const runs = run?.data?.resultData?.runData?.[nodeName];
	if (!runs || !runs[runIndex]) throw new Error(`node "${nodeName}" did not run`);
	const task = runs[runIndex];
	if (task.error) throw new Error(`node "${nodeName}" failed: ${task.error.message}`);
	const items = task.data?.main?.[outputIndex];
	if (!Array.isArray(items)) throw new Error(`node "${nodeName}" has no output ${outputIndex}`);
	return items.map((item) => item.json);
}

const IDENTITY_EXPRESSION = /^=\{\{\s*\$json\.([A-Za-z_$][\w$]*)\s*\}\}$/;

/**
 * The rows a Google Sheets append / appendOrUpdate node would send, given the items it received.
 * Supports the two ways the example files map columns: "Auto-Map Input Data" (the items as they are) and
 * "Map Each Column Below" with `={{ $json.<field> }}` per column (anything else is refused, not guessed).
 */
function sheetRows(sheetsNode, items) {
	const columns = sheetsNode.parameters?.columns;
	if (!columns || columns.mappingMode === 'autoMapInputData')
		return items.map((item) => ({ ...item }));
	if (columns.mappingMode !== 'defineBelow')
		throw new Error(`unsupported Google Sheets mapping mode "${columns.mappingMode}"`);
	const fields = Object.entries(columns.value ?? {}).map(([column, expression]) => {
		const match = IDENTITY_EXPRESSION.exec(String(expression));
		if (!match)
			throw new Error(
				`column "${column}" maps "${expression}"; the recorder only evaluates ={{ $json.<field> }}`,
			);
		return [column, match[1]];
	});
	return items.map((item) =>
		Object.fromEntries(fields.map(([column, field]) => [column, item[field]])),
	);
}

module.exports = { nodeOutput, sheetRows };

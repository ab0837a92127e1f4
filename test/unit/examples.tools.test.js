'use strict';
/**
 * The 1688 nodes of the shipped examples against the built node: every resource and operation exists, and every
 * parameter they set is one that operation shows. n8n silently drops parameters an operation does not have when
 * it loads a workflow, so a misnamed parameter (or a $fromAI() in it) would simply vanish.
 */
const fs = require('node:fs');
const path = require('node:path');
const { Alibaba1688 } = require('../../dist/nodes/Alibaba1688/Alibaba1688.node.js');
const { builtOperations, fromAiKeys, toolName } = require('../e2e/lib/agentTools');

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
/** Parameters n8n itself adds to every tool node (the tool's description), not the operation's. */
const TOOL_PARAMETERS = ['descriptionType', 'toolDescription'];

/**
 * Operations an example may use before they are in this branch: the template is written against them and the
 * e2e offers their tool without calling it until the build has them. Each entry must go once the operation is
 * built (the test below says so), and from then on its parameters are checked like any other.
 */
const PENDING_OPERATIONS = {};

const { properties } = new Alibaba1688().description;

/** The names of the parameters the editor shows for a resource and operation. */
function parametersOf(resource, operation) {
	const shown = (property) => {
		const show = property.displayOptions?.show ?? {};
		return (
			(!show.resource || show.resource.includes(resource)) &&
			(!show.operation || show.operation.includes(operation))
		);
	};
	return new Set(properties.filter(shown).map((property) => property.name));
}

const packageNodes = fs
	.readdirSync(EXAMPLES)
	.filter((file) => file.endsWith('.json'))
	.flatMap((file) =>
		JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8'))
			.nodes.filter(
				(node) =>
					node.type === 'n8n-nodes-1688.alibaba1688' ||
					node.type === 'n8n-nodes-1688.alibaba1688Tool',
			)
			.map((node) => [`${file}: ${node.name}`, node]),
	);

describe('the 1688 nodes of the examples', () => {
	const operations = builtOperations();

	test('there are some, tool nodes among them', () => {
		expect(
			packageNodes.filter(([, node]) => node.type.endsWith('Tool')).length,
		).toBeGreaterThanOrEqual(5);
	});

	test.each(packageNodes)('%s uses an operation the node has, with its parameters', (_, node) => {
		const { resource, operation, ...set } = node.parameters;
		const key = `${resource}:${operation}`;
		if (key in PENDING_OPERATIONS) {
			expect([key, operations[resource].includes(operation)]).toEqual([key, false]);
			return;
		}
		expect(operations[resource]).toContain(operation);
		const known = parametersOf(resource, operation);
		const unknown = Object.keys(set).filter(
			(name) => !known.has(name) && !(node.type.endsWith('Tool') && TOOL_PARAMETERS.includes(name)),
		);
		expect(unknown).toEqual([]);
	});

	test('tool nodes describe themselves to the model and name what it fills in', () => {
		for (const [where, node] of packageNodes.filter(([, n]) => n.type.endsWith('Tool'))) {
			expect([
				where,
				node.parameters.descriptionType,
				typeof node.parameters.toolDescription,
			]).toEqual([where, 'manual', 'string']);
			expect([where, fromAiKeys(node.parameters).length > 0]).toEqual([where, true]);
			expect([where, toolName(node.name)]).toEqual([where, node.name.replace(/ /g, '_')]);
		}
	});
});

describe('agentTools', () => {
	test('toolName follows n8n: other characters become one underscore, at most 64 characters', () => {
		expect(toolName('Search 1688 offers')).toBe('Search_1688_offers');
		expect(toolName('Get → details (v2)')).toBe('Get_details_v2');
		expect(toolName('x'.repeat(70))).toHaveLength(64);
	});
	test('fromAiKeys finds every $fromAI key once, in nested parameters too', () => {
		const parameters = {
			a: "={{ $fromAI('keyword', `what`, 'string') }}",
			filters: { max: "={{ $fromAI('max_price', '', 'number') }}" },
			b: "={{ $fromAI('keyword', `what`, 'string') }}",
		};
		expect(fromAiKeys(parameters)).toEqual(['keyword', 'max_price']);
	});
});

'use strict';
/**
 * What n8n's coming community-node lint rules (@n8n/eslint-plugin-community-nodes: valid-codex-categories,
 * no-codex-subcategories, require-continue-on-fail) and its UX guidelines for community nodes (placeholders,
 * sorting, the merged entry of the nodes panel) ask of the built nodes and credential, checked on the package
 * as n8n-core loads it.
 */
const { loadPackage } = require('../support/engine');

/** n8n's documented codex categories (docs: node-codex-files; the lint rule's KNOWN_CODEX_CATEGORIES). */
const CODEX_CATEGORIES = [
	'AI',
	'Analytics',
	'Communication',
	'Core Nodes',
	'Data & Storage',
	'Developer Tools',
	'Development',
	'ECM',
	'Finance & Accounting',
	'HITL',
	'Marketing & Content',
	'Miscellaneous',
	'Productivity',
	'Sales',
	'Utility',
];

/** Every parameter of a description, with the ones nested in collections, fixed collections and locator modes. */
function allProperties(properties, path = []) {
	return properties.flatMap((property) => {
		const here = [...path, property.displayName ?? property.name];
		const nested = [];
		for (const option of property.options ?? []) {
			if (option.type) nested.push(...allProperties([option], here));
			if (Array.isArray(option.values))
				nested.push(...allProperties(option.values, [...here, option.displayName]));
		}
		for (const mode of property.modes ?? [])
			nested.push({ property: { ...mode, locatorMode: true }, path: [...here, mode.displayName] });
		return [{ property, path: here }, ...nested];
	});
}

/** The placeholders n8n's guidelines allow: an example ("e.g. …"), "Add …" on collections, "Select …" on a list picker. */
function placeholderOk({ property }) {
	const text = property.placeholder;
	if (text === undefined) return true;
	if (text.startsWith('e.g. ')) return true;
	if (['collection', 'fixedCollection'].includes(property.type)) return /^Add /.test(text);
	return property.locatorMode === true && property.type === 'list' && /^Select /.test(text);
}

/** n8n's nodes panel (editor-ui useActionsGeneration): a trigger whose name without "Trigger" is an action node's joins its entry and lends it its description. */
function panelEntries(nodeTypes) {
	const descriptions = nodeTypes.map((type) => type.description);
	const entries = descriptions
		.filter((d) => !d.group.includes('trigger'))
		.map((d) => ({ name: d.name, description: d.description, merged: [] }));
	for (const trigger of descriptions.filter((d) => d.group.includes('trigger'))) {
		const app = entries.find((entry) => entry.name === trigger.name.replace('Trigger', ''));
		if (app) {
			app.description = trigger.description;
			app.merged.push(trigger.name);
		} else entries.push({ name: trigger.name, description: trigger.description, merged: [] });
	}
	return entries;
}

describe("n8n's conventions for the descriptions", () => {
	let loader;
	let nodes;
	beforeAll(async () => {
		loader = await loadPackage();
		nodes = Object.values(loader.nodeTypes).map((entry) => entry.type);
	});

	test("codex: only categories from n8n's list (Sales), no subcategories", () => {
		expect(nodes).toHaveLength(3);
		for (const node of nodes) {
			expect(node.description.codex.categories).toEqual(['Sales']);
			expect(
				node.description.codex.categories.every((category) => CODEX_CATEGORIES.includes(category)),
			).toBe(true);
			expect(node.description.codex).not.toHaveProperty('subcategories');
		}
	});

	test("the action node's execute reads this.continueOnFail(), where the lint rule looks for it", () => {
		const action = loader.nodeTypes.alibaba1688.type;
		expect(action.execute.toString()).toContain('this.continueOnFail()');
	});

	test('placeholders are examples in n8n\'s "e.g. …" style (nodes and credential)', () => {
		const credential = loader.credentialTypes.alibaba1688Api.type;
		const everything = [
			...nodes.flatMap((node) => allProperties(node.description.properties)),
			...allProperties(credential.properties),
		];
		const withPlaceholder = everything.filter(({ property }) => property.placeholder !== undefined);
		expect(withPlaceholder.length).toBeGreaterThan(40);
		expect(
			withPlaceholder
				.filter((entry) => !placeholderOk(entry))
				.map(({ path, property }) => `${path.join(' → ')}: ${property.placeholder}`),
		).toEqual([]);
	});

	test('the placeholder rule refuses a bare example and a free text', () => {
		expect(placeholderOk({ property: { type: 'string', placeholder: '624392716873' } })).toBe(
			false,
		);
		expect(placeholderOk({ property: { type: 'string', placeholder: 'Add Option' } })).toBe(false);
		expect(placeholderOk({ property: { type: 'collection', placeholder: 'Add Filter' } })).toBe(
			true,
		);
		expect(
			placeholderOk({
				property: { type: 'list', locatorMode: true, placeholder: 'Select a category...' },
			}),
		).toBe(true);
	});

	test("sorting is a Sort collection below the Filters, never a top-level option (n8n's UX guidelines)", () => {
		const properties = loader.nodeTypes.alibaba1688.type.description.properties;
		expect(
			allProperties(properties)
				.filter(
					({ property }) =>
						/^sort/i.test(property.displayName ?? '') &&
						property.type === 'options' &&
						!property.locatorMode,
				)
				.map(({ path }) => path),
		).toEqual([]);
		const sorts = properties.filter((p) => p.name === 'sort');
		expect(sorts.map((p) => p.displayOptions.show.operation[0]).sort()).toEqual([
			'search',
			'searchByImage',
			'searchInShop',
		]);
		for (const sort of sorts) {
			expect(sort).toMatchObject({
				displayName: 'Sort',
				type: 'fixedCollection',
				placeholder: 'Add Sort Rule',
				default: {},
			});
			const operation = sort.displayOptions.show.operation[0];
			const forOperation = properties.filter(
				(p) =>
					p.displayOptions?.show?.operation?.includes(operation) &&
					p.displayOptions?.show?.resource?.includes('product'),
			);
			const names = forOperation.map((p) => p.name);
			expect(names.indexOf('sort')).toBe(names.indexOf('filters') + 1);
		}
	});

	test('the nodes panel: the 1688 Trigger joins the 1688 entry, whose description then speaks for actions and triggers', () => {
		const entries = panelEntries(nodes);
		expect(entries.map((entry) => [entry.name, entry.merged])).toEqual([
			['alibaba1688', ['alibaba1688Trigger']],
			['alibaba1688MessageTrigger', []],
		]);
		const [merged, push] = entries;
		// What the actions do (products, buying) and what the triggers start on.
		expect(merged.description).toMatch(/products/);
		expect(merged.description).toMatch(/buy|order/);
		expect(merged.description).toMatch(/start workflows when .*stock.*prices.*orders/);
		// The push trigger keeps its own entry and says what starts it.
		expect(push.description).toMatch(/^Starts the workflow when 1688\.com pushes a message/);
	});
});

'use strict';
/**
 * The router's promises (nodes/Alibaba1688/actions/router.ts), proven once for every operation the built node
 * offers, read from its description, so that a new operation is covered without a test of its own:
 * - bad input is refused before any request, with an error naming the field and the item;
 * - with continue-on-fail, each failed item is an error item `{ error, details }` paired to its input (what n8n
 *   routes to the error output), nothing is sent for it, and the other items still run;
 * - Simplify off gives 1688's answer as it sent it (Simplify on, something else).
 * The good input of each operation is its entry in test/support/operationExamples.js; the bad input is derived from
 * the description: its first required field shown, left empty, or for a list without one, Limit at 0. What each
 * operation itself does (its values, its own checks and messages, 1688's errors) is in its own engine test.
 */
const { isDeepStrictEqual } = require('node:util');
const { packageModule } = require('../support/n8nModules');
const { runNode, sandboxCredentials } = require('../support/engine');
const { useSandbox } = require('../support/sandboxSuite');
const { useVirtualClock } = require('../support/virtualClock');
const { OPERATION_EXAMPLES } = require('../support/operationExamples');

const { Alibaba1688 } = packageModule('nodes/Alibaba1688/Alibaba1688.node');
const { resources: routed } = packageModule('nodes/Alibaba1688/actions/router');
const { parseJsonKeepingLongIds } = packageModule('nodes/shared/transport/json');

const properties = new Alibaba1688().description.properties;
const resources = properties.find((p) => p.name === 'resource').options.map((o) => o.value);
/** Every operation the node offers, as `resource.operation`. */
const offered = resources.flatMap((resource) =>
	properties
		.find((p) => p.name === 'operation' && p.displayOptions.show.resource.includes(resource))
		.options.map((o) => `${resource}.${o.value}`),
);

/** The fields of one operation, in the order the editor shows them. */
function fieldsOf(key) {
	const [resource, operation] = key.split('.');
	return properties.filter(
		(p) =>
			p.displayOptions?.show?.resource?.includes(resource) &&
			p.displayOptions.show.operation?.includes(operation),
	);
}

/** Whether a field shows for these parameters (each other field at its default unless given). */
function shown(field, fields, parameters) {
	const valueOf = (name) =>
		name in parameters ? parameters[name] : fields.find((f) => f.name === name)?.default;
	const { show = {}, hide = {} } = field.displayOptions;
	const matches = ([name, values]) => values.includes(valueOf(name));
	return (
		Object.entries(show)
			.filter(([name]) => name !== 'resource' && name !== 'operation')
			.every(matches) && !Object.entries(hide).some(matches)
	);
}

/**
 * The bad input of an operation, as a change of its good parameters: the field whose value each item gives
 * (`={{ $json.value }}`), the bad and the good value, and the field's display name the error must name.
 */
function badInput(key, { parameters, bad = '' }) {
	const fields = fieldsOf(key);
	const required = fields.find((f) => f.required && shown(f, fields, parameters));
	if (required) {
		const good = parameters[required.name];
		const locator = required.type === 'resourceLocator';
		return {
			displayName: required.displayName,
			parameters: {
				...parameters,
				[required.name]: locator ? { ...good, value: '={{ $json.value }}' } : '={{ $json.value }}',
			},
			bad,
			good: locator ? good.value : good,
		};
	}
	const limit = fields.find((f) => f.name === 'limit');
	if (!limit) throw new Error(`${key}: no required field and no Limit to give a bad value to`);
	return {
		displayName: limit.displayName,
		parameters: { ...parameters, returnAll: false, limit: '={{ $json.value }}' },
		bad: 0,
		good: parameters.limit ?? 2,
	};
}

const escapeRegExp = (text) => text.replace(/[.*+?^$()|[\]{}\\]/g, '\\$&');
/** An error message naming the field and the item: `<field>: <problem> [item <index>]`. */
const naming = (displayName, index) =>
	new RegExp(`^${escapeRegExp(displayName)}: .+ \\[item ${index}\\]$`);

/** Where `value` sits in `tree`: `''` the whole, `a.b` a key, `a[]` an element of a list; undefined when nowhere. */
function pathOf(value, tree, path = '') {
	if (isDeepStrictEqual(value, tree)) return path;
	if (tree === null || typeof tree !== 'object') return undefined;
	for (const [name, child] of Object.entries(tree)) {
		const found = pathOf(
			value,
			child,
			Array.isArray(tree) ? `${path}[]` : path ? `${path}.${name}` : name,
		);
		if (found !== undefined) return found;
	}
	return undefined;
}

const sandbox = useSandbox();
// Transport waits (the credential's pace) take no time: what is tested here is what is sent, not when.
useVirtualClock();

/**
 * The operation whose write (sent) or example changed the sandbox's data since its seed, or null. Another
 * operation's test that sends something, or whose example prepares data, starts from the seed again; a test that
 * only refuses its input needs no more than parameters, whatever the data.
 */
let changedBy = null;

/** The example of an operation (`sends`: for a test that runs its good input), its set-up calls cleared from the log. */
async function exampleOf(key, { sends }) {
	const entry = OPERATION_EXAMPLES[key];
	if (!entry) throw new Error(`${key} has no example in test/support/operationExamples.js`);
	if ((sends || entry.prepares) && changedBy !== null && changedBy !== key) {
		sandbox().reset();
		changedBy = null;
	}
	const example = await entry(sandbox());
	if (entry.prepares) changedBy = key;
	sandbox().clearRequests();
	return { app: 'crossBorder', ...example };
}

/** Runs the operation once over `items` (each with the example's binary data), as the example's app. */
async function run(key, example, parameters, items, extra = {}) {
	const [resource, operation] = key.split('.');
	const result = await runNode({
		parameters: { resource, operation, ...parameters },
		credentials: sandboxCredentials(sandbox(), {}, example.app),
		items,
		binaries: example.binary ? items.map(() => example.binary) : [],
		...extra,
	});
	if (!routed[resource][operation].readOnly && sandbox().requests.length > 0) changedBy = key;
	return result;
}

test('every operation the node offers has an example, and every example is an operation the node offers', () => {
	expect(offered.length).toBeGreaterThanOrEqual(50);
	expect(Object.keys(OPERATION_EXAMPLES).sort()).toEqual([...offered].sort());
});

describe.each(offered)('%s', (key) => {
	test('bad input is refused before any request, naming the field and the item', async () => {
		const example = await exampleOf(key, { sends: false });
		const bad = badInput(key, example);
		const { error, items } = await run(key, example, bad.parameters, [{ value: bad.bad }]);
		expect(error?.name).toBe('NodeOperationError');
		expect(error.message).toMatch(naming(bad.displayName, 0));
		expect(items).toEqual([]);
		expect(sandbox().requests).toEqual([]);
	});

	test('continue-on-fail: two bad items are two error items, paired to them, and nothing is sent', async () => {
		const example = await exampleOf(key, { sends: false });
		const bad = badInput(key, example);
		const { error, items, pairedItems } = await run(
			key,
			example,
			bad.parameters,
			[{ value: bad.bad }, { value: bad.bad }],
			{ continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items).toEqual(
			[0, 1].map((index) => ({
				error: expect.stringMatching(naming(bad.displayName, index)),
				details: expect.any(Object),
			})),
		);
		expect(pairedItems).toEqual([{ item: 0 }, { item: 1 }]);
		expect(sandbox().requests).toEqual([]);
	});

	test('continue-on-fail with an error output: the bad item goes there, the good item after it still runs', async () => {
		const example = await exampleOf(key, { sends: true });
		const bad = badInput(key, example);
		const { error, raw } = await run(
			key,
			example,
			bad.parameters,
			[{ value: bad.bad }, { value: bad.good }],
			{ settings: { onError: 'continueErrorOutput' } },
		);
		expect(error).toBeUndefined();
		const failed = raw.output('1688', 1);
		expect(failed).toEqual([
			{
				json: {
					error: expect.stringMatching(naming(bad.displayName, 0)),
					details: expect.any(Object),
				},
				pairedItem: { item: 0 },
			},
		]);
		const succeeded = raw.output('1688', 0);
		expect(succeeded.length).toBeGreaterThan(0);
		for (const item of succeeded) {
			expect(item.pairedItem).toEqual({ item: 1 });
			expect(item.json).not.toHaveProperty('error');
		}
		expect(sandbox().requests.length).toBeGreaterThan(0);
	});

	if (!fieldsOf(key).some((f) => f.name === 'simplify')) return;
	test("Simplify off gives 1688's answer as it sent it; Simplify on, something else", async () => {
		const example = await exampleOf(key, { sends: true });
		const fields = fieldsOf(key);
		expect(
			shown(
				fields.find((f) => f.name === 'simplify'),
				fields,
				example.parameters,
			),
		).toBe(true);
		const { error, items, pairedItems } = await run(
			key,
			example,
			{ ...example.parameters, simplify: '={{ $json.simplify }}' },
			[{ simplify: false }, { simplify: true }],
		);
		expect(error).toBeUndefined();
		const rawItems = items.filter((_, i) => pairedItems[i].item === 0);
		const simpleItems = items.filter((_, i) => pairedItems[i].item === 1);
		expect(rawItems.length).toBeGreaterThan(0);
		const answers = sandbox()
			.requests.filter((r) => r.answer !== undefined)
			.map((r) => parseJsonKeepingLongIds(r.answer));
		const paths = rawItems.map((item) =>
			answers.map((answer) => pathOf(item, answer)).find((path) => path !== undefined),
		);
		expect(paths).toEqual(rawItems.map(() => example.raw));
		expect(simpleItems).not.toEqual(rawItems);
	});
});

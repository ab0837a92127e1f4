'use strict';
/**
 * The agent guidance against the built node: every operation is listed exactly once as a read, payment or write,
 * under the names the editor shows; what it calls a read is an operation that only reads (readOnly), and what it
 * calls a write is not. A new operation fails here until it is classified (and then the README's table says so too).
 */
const { Alibaba1688 } = require('../../dist/nodes/Alibaba1688/Alibaba1688.node.js');
const {
	AGENT_OPERATIONS,
	AGENT_TOOL_DESCRIPTION,
	BUILDER_HINT,
} = require('../../dist/nodes/Alibaba1688/agentGuidance.js');
const { resources } = require('../../dist/nodes/Alibaba1688/actions/router.js');

const { properties } = new Alibaba1688().description;

/** "Resource → Operation" (display names) → the operation's module, for every operation of the built node. */
function builtOperations() {
	const all = new Map();
	for (const resource of properties.find((p) => p.name === 'resource').options) {
		// The router's operations of a resource are its resource module's (test/unit/operations.test.js).
		const operations = resources[resource.value] ?? {};
		const field = properties.find(
			(p) => p.name === 'operation' && p.displayOptions.show.resource.includes(resource.value),
		);
		for (const option of field.options)
			all.set(`${resource.name} → ${option.name}`, operations[option.value]);
	}
	return all;
}

const classified = (kind) =>
	AGENT_OPERATIONS[kind].flatMap(([resource, operations]) =>
		operations.map((operation) => `${resource} → ${operation}`),
	);

describe('agent guidance', () => {
	const built = builtOperations();

	test('every operation of the node is a read, a payment or a write, exactly once', () => {
		const listed = ['reads', 'payment', 'writes'].flatMap(classified);
		expect([...listed].sort()).toEqual([...built.keys()].sort());
		expect(new Set(listed).size).toBe(listed.length);
	});

	test('reads only read; writes are not marked read-only', () => {
		expect(classified('reads').filter((name) => built.get(name).readOnly !== true)).toEqual([]);
		expect(classified('writes').filter((name) => built.get(name).readOnly === true)).toEqual([]);
		expect(
			[...built]
				.filter(([, operation]) => typeof operation?.execute !== 'function')
				.map(([name]) => name),
		).toEqual([]);
	});

	test('the agent description and the builder hint name them', () => {
		expect(AGENT_TOOL_DESCRIPTION).toContain(
			'Reads change nothing: Product Search, Search by Image, Search in Shop, Find Similar, Get, Get Many, Estimate Shipping;',
		);
		expect(AGENT_TOOL_DESCRIPTION).toContain(
			'Order Get Payment Link changes nothing, but its link pays real money',
		);
		expect(AGENT_TOOL_DESCRIPTION).toContain(
			'Refund Get, Get Many, Get for Order, Get History, Get Reasons, Get Max Refundable, Get Return Address, Get Pickup Plans, Get Pickup, Upload Evidence.',
		);
		expect(AGENT_TOOL_DESCRIPTION).toMatch(
			/Order Create, Cancel, Pay Automatically, Link Shop Order, Confirm Receipt, Urge Shipment, Add Memo, Message the Seller, Request Address Change, Delete Closed Order; Product Update Stock, Follow, Unfollow; Refund Create, Cancel, Apply for Arbitration, Submit Return Shipment, Create Pickup, Modify Pickup, Cancel Pickup; Any 1688 API Call change .* only with human approval\.$/,
		);
		expect(BUILDER_HINT.searchHint).toContain(
			'put the writes (Order Create, Cancel, Pay Automatically, Link Shop Order, Confirm Receipt, Urge Shipment, Add Memo, Message the Seller, Request Address Change, Delete Closed Order; Product Update Stock, Follow, Unfollow; Refund Create, Cancel, Apply for Arbitration, Submit Return Shipment, Create Pickup, Modify Pickup, Cancel Pickup; Any 1688 API Call) behind a human review tool',
		);
	});
});

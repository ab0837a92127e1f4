'use strict';
/**
 * The queue test's own workflows (the examples come from examples/ as they are):
 *   - load workflows: Manual Trigger → Code (a list of offer IDs) → 1688 Product → Get, one item per offer;
 *     two of them over disjoint offers, so the gateway's request log tells their calls apart;
 *   - write workflows: Manual Trigger → Code (shop orders) → 1688 Order → Create with n8n's Retry On Fail on;
 *   - push workflows: the 1688 Message Trigger alone, then followed by n8n's Remove Duplicates (by msgId,
 *     history in n8n's database), then followed by Redis Increment on a key per msgId and an If that lets
 *     only the first increment through.
 */
const MANUAL = 'Run manually';
const GET_PRODUCT = 'Get product';
const MESSAGE_TRIGGER = '1688 message';
const PASSED_ON = 'Passed on';
const REMOVE_DUPLICATES = 'Remove repeated msgId';
const COUNT_MSG_ID = 'Count msgId';
const FIRST_DELIVERY = 'First delivery?';
const CREATE_ORDER = 'Create 1688 order';

const { ADDRESS } = require('../support/orderLines');

const node = (id, name, type, typeVersion, position, parameters, extra = {}) => ({
	id,
	name,
	type,
	typeVersion,
	position,
	parameters,
	...extra,
});
const connect = (...names) =>
	Object.fromEntries(
		names
			.slice(0, -1)
			.map((name, i) => [name, { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] }]),
	);

/** Offer IDs the sandbox has on sale, split into `groups` disjoint lists of `size`. */
function offerGroups(sandbox, groups, size) {
	const onSale = [...sandbox.store.offers.values()]
		.filter((offer) => offer.status === 'published')
		.map((offer) => String(offer.offerId));
	if (onSale.length < groups * size)
		throw new Error(`the sandbox has ${onSale.length} offers on sale, ${groups * size} needed`);
	return Array.from({ length: groups }, (_, g) => onSale.slice(g * size, (g + 1) * size));
}

/** Manual Trigger → Code emitting `offerIds` → Product → Get (simplified, one item per offer). */
function loadWorkflow({ id, name, offerIds, credential }) {
	const code = `return ${JSON.stringify(offerIds)}.map((offerId) => ({ json: { offerId } }));`;
	return {
		id,
		name,
		active: false,
		settings: {},
		nodes: [
			node(`${id}-1`, MANUAL, 'n8n-nodes-base.manualTrigger', 1, [0, 0], {}),
			node(`${id}-2`, 'Offer IDs', 'n8n-nodes-base.code', 2, [220, 0], { jsCode: code }),
			node(
				`${id}-3`,
				GET_PRODUCT,
				'n8n-nodes-1688.alibaba1688',
				1,
				[440, 0],
				{ resource: 'product', operation: 'get', offerId: '={{ $json.offerId }}' },
				{
					credentials: { alibaba1688Api: { ...credential } },
				},
			),
		],
		connections: connect(MANUAL, 'Offer IDs', GET_PRODUCT),
	};
}

function messageTrigger(id, credential) {
	return node(
		`${id}-1`,
		MESSAGE_TRIGGER,
		'n8n-nodes-1688.alibaba1688MessageTrigger',
		1,
		[0, 0],
		{ messageTypes: [] },
		{
			webhookId: `${id}-push`,
			credentials: { alibaba1688Api: { ...credential } },
		},
	);
}

/** (a) The Message Trigger's own dedupe (msgIds in the workflow's static data) and nothing else. */
function pushStaticDataWorkflow({ id, credential }) {
	return {
		id,
		name: 'queue: push, trigger dedupe only',
		active: false,
		settings: {},
		nodes: [
			messageTrigger(id, credential),
			node(`${id}-2`, PASSED_ON, 'n8n-nodes-base.noOp', 1, [220, 0], {}),
		],
		connections: connect(MESSAGE_TRIGGER, PASSED_ON),
	};
}

/** (b) Then n8n's Remove Duplicates by msgId across executions (n8n's database-backed deduplication helpers). */
function pushRemoveDuplicatesWorkflow({ id, credential }) {
	return {
		id,
		name: 'queue: push, then Remove Duplicates by msgId',
		active: false,
		settings: {},
		nodes: [
			messageTrigger(id, credential),
			node(`${id}-2`, REMOVE_DUPLICATES, 'n8n-nodes-base.removeDuplicates', 2, [220, 0], {
				operation: 'removeItemsSeenInPreviousExecutions',
				logic: 'removeItemsWithAlreadySeenKeyValues',
				dedupeValue: '={{ $json.msgId }}',
				options: { scope: 'workflow' },
			}),
			node(`${id}-3`, PASSED_ON, 'n8n-nodes-base.noOp', 1, [440, 0], {}),
		],
		connections: connect(MESSAGE_TRIGGER, REMOVE_DUPLICATES, PASSED_ON),
	};
}

/** (c) Then Redis Increment on `1688-msg-<msgId>` (atomic in Redis) and an If that passes only the value 1. */
function pushRedisWorkflow({ id, credential, redisCredential }) {
	return {
		id,
		name: 'queue: push, then Redis Increment per msgId',
		active: false,
		settings: {},
		nodes: [
			messageTrigger(id, credential),
			node(
				`${id}-2`,
				COUNT_MSG_ID,
				'n8n-nodes-base.redis',
				1,
				[220, 0],
				{
					operation: 'incr',
					key: '=1688-msg-{{ $json.msgId }}',
					expire: true,
					ttl: 604800,
				},
				{ credentials: { redis: { ...redisCredential } } },
			),
			node(`${id}-3`, FIRST_DELIVERY, 'n8n-nodes-base.if', 2.2, [440, 0], {
				conditions: {
					combinator: 'and',
					options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
					conditions: [
						{
							id: `${id}-c`,
							leftValue: '={{ Object.values($json)[0] }}',
							rightValue: 1,
							operator: { type: 'number', operation: 'equals' },
						},
					],
				},
				options: {},
			}),
			node(`${id}-4`, PASSED_ON, 'n8n-nodes-base.noOp', 1, [660, 0], {}),
		],
		connections: connect(MESSAGE_TRIGGER, COUNT_MSG_ID, FIRST_DELIVERY, PASSED_ON),
	};
}

/**
 * Manual Trigger → Code emitting `items` ({ ref, quantity? }) → 1688 Order → Create of `lines` (the cart, with
 * each item's quantity when it gives one, and its ref as External Order Reference), Order API Domestic, with
 * n8n's Retry On Fail on (3 tries).
 */
function retryingCreateWorkflow({ id, name, items, lines, credential }) {
	const code = `return ${JSON.stringify(items)}.map((json) => ({ json }));`;
	const cart = `={{ ${JSON.stringify(lines)}.map((line) => ({ ...line, quantity: $json.quantity ?? line.quantity })) }}`;
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			node(`${id}-1`, MANUAL, 'n8n-nodes-base.manualTrigger', 1, [0, 0], {}),
			node(`${id}-2`, 'Shop orders', 'n8n-nodes-base.code', 2, [220, 0], { jsCode: code }),
			node(
				`${id}-3`,
				CREATE_ORDER,
				'n8n-nodes-1688.alibaba1688',
				1,
				[440, 0],
				{
					resource: 'order',
					operation: 'create',
					orderApi: 'domestic',
					...ADDRESS,
					cartSource: 'json',
					cartJson: cart,
					outOrderId: '={{ $json.ref }}',
				},
				{
					credentials: { alibaba1688Api: { ...credential } },
					retryOnFail: true,
					maxTries: 3,
					waitBetweenTries: 1000,
				},
			),
		],
		connections: connect(MANUAL, 'Shop orders', CREATE_ORDER),
	};
}

module.exports = {
	loadWorkflow,
	retryingCreateWorkflow,
	offerGroups,
	pushStaticDataWorkflow,
	pushRemoveDuplicatesWorkflow,
	pushRedisWorkflow,
	NAMES: {
		MANUAL,
		GET_PRODUCT,
		MESSAGE_TRIGGER,
		PASSED_ON,
		REMOVE_DUPLICATES,
		COUNT_MSG_ID,
		FIRST_DELIVERY,
		CREATE_ORDER,
	},
};

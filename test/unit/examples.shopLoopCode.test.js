'use strict';
/**
 * The decisions in the Code nodes of the tracking and returns examples, for the cases the end-to-end run does not
 * reach: the `leftChina` setting, a change after completion, a search hit that is not the order, a 1688 order not
 * shipped yet, a line not bought on 1688, a reason that needs photos. Each node's code runs as n8n's Code node runs
 * it ("Run Once for All Items": `$input.all()`, `$('<node>').all()` / `.first()`), over items shaped as the nodes
 * before it give them.
 */
const fs = require('node:fs');
const path = require('node:path');

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
const A = '3670233214828520625';
const B = '2649260434998381247';

/** Runs a Code node of an example; `nodes` gives the items of the nodes it reads by name. */
function runCode(example, nodeName, { input = [], nodes = {}, edit = (code) => code }) {
	const workflow = JSON.parse(fs.readFileSync(path.join(EXAMPLES, `${example}.json`), 'utf8'));
	const code = edit(workflow.nodes.find((n) => n.name === nodeName).parameters.jsCode);
	const itemsOf = (list) => list.map((json) => ({ json }));
	const $ = (name) => {
		if (!(name in nodes))
			throw new Error(`the code reads node "${name}", which the test does not give`);
		const items = itemsOf(nodes[name]);
		return { all: () => items, first: () => items[0] };
	};
	const $input = { all: () => itemsOf(input) };
	return new Function('$', '$input', code)($, $input).map((item) => item.json);
}

describe('tracking: Tracking to write', () => {
	const tracking = (id, trackingNumber, international) => ({
		orderId: id,
		carrier: international ? 'EMS' : '申通快递(STO)',
		trackingNumber,
		international,
	});
	const shopOrder = (extra = {}) => ({
		id: 1042,
		number: '1042',
		status: 'processing',
		meta_data: [{ id: 1, key: '1688_order_ids', value: `${A},${B}` }, ...(extra.meta ?? [])],
		...(extra.status ? { status: extra.status } : {}),
	});
	const run = (waybills, order, edit) =>
		runCode('woocommerce-tracking-from-1688', 'Tracking to write', {
			input: [order],
			nodes: {
				'Tracking per 1688 order': waybills,
				'Get the 1688 order': waybills.map((w) => ({ orderId: w.orderId, outOrderId: '1042' })),
			},
			edit,
		});
	const stored = (value) => ({
		meta: [{ id: 2, key: '1688_tracking', value: JSON.stringify(value) }],
	});

	test('a change after completion is written and the customer hears the new tracking; the status is left alone', () => {
		const before = {
			[A]: { carrier: '申通快递(STO)', trackingNumber: '775', international: false },
			[B]: { carrier: 'EMS', trackingNumber: 'EE2CN', international: true },
		};
		const [out] = run(
			[tracking(A, 'EE1CN', true)],
			shopOrder({ status: 'completed', ...stored(before) }),
		);
		expect(out).toMatchObject({
			shopOrderId: 1042,
			newStatus: '',
			notify: true,
			customerNote: 'New tracking for your order #1042:\nEMS: EE1CN\nEMS: EE2CN',
		});
		expect(JSON.parse(out.tracking)).toEqual({
			...before,
			[A]: { carrier: 'EMS', trackingNumber: 'EE1CN', international: true },
		});
	});

	test("completeWhen 'leftChina': domestic waybills are kept, the order completes only with international ones", () => {
		const leftChina = (code) =>
			code.replace("completeWhen: 'shipped'", "completeWhen: 'leftChina'");
		const both = { [A]: { carrier: 'EMS', trackingNumber: 'EE1CN', international: true } };
		const [domestic] = run([tracking(B, '776', false)], shopOrder(stored(both)), leftChina);
		expect(domestic).toMatchObject({ newStatus: '', notify: false });
		const [international] = run([tracking(B, 'EE2CN', true)], shopOrder(stored(both)), leftChina);
		expect(international).toMatchObject({ newStatus: 'completed', notify: true });
		const [shipped] = run([tracking(B, '776', false)], shopOrder(stored(both)));
		expect(shipped).toMatchObject({ newStatus: 'completed', notify: true }); // the default completes on any waybill
	});

	test('a search hit that is not the shop order of these 1688 orders, or a cancelled order, is not completed', () => {
		expect(run([tracking(A, '775', false)], { ...shopOrder(), number: '10420' })).toEqual([]);
		expect(run([tracking(A, '775', false)], { ...shopOrder(), meta_data: [] })).toEqual([]); // without 1688_order_ids nothing is written
		const cancelled = run(
			[tracking(B, 'EE2CN', true)],
			shopOrder({
				status: 'cancelled',
				...stored({ [A]: { carrier: 'EMS', trackingNumber: 'EE1CN', international: true } }),
			}),
		);
		expect(cancelled).toEqual([expect.objectContaining({ newStatus: '', notify: false })]);
	});
});

describe('returns: Refunds to ask 1688 for', () => {
	const rows = [
		{ shopSku: 'TEE-GREY-XL', offerId: '672794704428', specId: 'spec-xl', multiplier: 1 },
		{
			shopSku: 'JACKET-PINK-XXL-2PK',
			offerId: '656857344276',
			specId: 'spec-jacket',
			multiplier: 2,
		},
	];
	const teeOrder = (status) => ({
		orderId: A,
		status,
		items: [
			{
				subOrderId: '3119117357614471767',
				offerId: '672794704428',
				specId: 'spec-xl',
				quantity: 3,
				price: 101.95,
			},
		],
	});
	const jacketOrder = (status) => ({
		orderId: B,
		status,
		items: [
			{
				subOrderId: '3375792216973343777',
				offerId: '656857344276',
				specId: 'spec-jacket',
				quantity: 2,
				price: 67.63,
			},
		],
	});
	const request = (lines, reason = 'Too small') => ({
		shopOrderId: 1042,
		shopOrder: '1042',
		currency: 'EUR',
		handled: {},
		refunds: [{ id: 2005, amount: '119.98', reason, lines }],
	});
	const run = (req, orders) =>
		runCode('woocommerce-returns-to-1688-refunds', 'Refunds to ask 1688 for', {
			input: rows,
			nodes: {
				'Refund lines to send': [req],
				'1688 orders of the shop order': orders,
				'Read SKU map': rows,
			},
		});

	test('before the seller ships: a whole line is asked back in full, part of a line is left to the seller with a reason', () => {
		const whole = run(request([{ sku: 'JACKET-PINK-XXL-2PK', quantity: 1 }]), [
			jacketOrder('waitsellersend'),
		]);
		expect(whole).toEqual([
			expect.objectContaining({
				orderId: B,
				goodsStatus: 'refundWaitSellerSend',
				subOrderIds: '3375792216973343777',
				amount: 135.26,
				problems: [],
			}),
		]);
		const [part] = run(request([{ sku: 'TEE-GREY-XL', quantity: 1 }]), [
			teeOrder('waitsellersend'),
		]);
		expect(part.problem).toBe(
			`Shop order #1042 was refunded in the shop (refund #2005 (119.98 EUR)) but nothing can be asked of 1688: 1688 order ${A} is not shipped yet and 1688 refunds only whole lines: ask the seller to send 2 piece(s) fewer instead (Order → Message the Seller).`,
		);
	});

	test('a line not bought on 1688 is named and left out; the others are asked for', () => {
		const [ask] = run(
			request([
				{ sku: 'TEE-GREY-XL', quantity: 2 },
				{ sku: 'TOTE-NATURAL', name: 'Canvas tote', quantity: 1 },
			]),
			[teeOrder('waitbuyerreceive')],
		);
		expect(ask).toMatchObject({
			orderId: A,
			goodsStatus: 'refundBuyerReceived',
			amount: 203.9,
			pieces: '3119117357614471767 × 2',
			problems: ['TOTE-NATURAL was not bought on 1688 for this order: nothing asked for it'],
		});
		const closed = run(request([{ sku: 'TEE-GREY-XL', quantity: 1 }]), [teeOrder('cancel')]);
		expect(closed[0].problem).toMatch(
			/1688 order \d+ has status cancel: 1688 takes refund requests only for paid orders, nothing asked for TEE-GREY-XL\.$/,
		);
	});
});

describe('returns: Pick the reason', () => {
	const ask = (shopReason, goodsStatus = 'aftersaleBuyerReceived') => ({
		orderId: A,
		goodsStatus,
		shopReason,
		subOrderIds: '1',
		amount: 1,
	});
	const reason = (reasonId, name, evidenceRequired, goodsStatus = 'aftersaleBuyerReceived') => ({
		orderId: A,
		goodsStatus,
		reasonId,
		name,
		evidenceRequired,
	});
	const received = [
		reason('20021', '颜色/图案/款式不符', true),
		reason('20022', '尺寸/规格不符', false),
		reason('20025', '收到商品破损', true),
		reason('20028', '不想买了，已与卖家协商一致', false),
	];
	const run = (asks, reasons) =>
		runCode('woocommerce-returns-to-1688-refunds', 'Pick the reason', {
			input: reasons,
			nodes: { 'Refunds to ask 1688 for': asks },
		});

	test('the words of the shop reason pick a reason 1688 offers without photos; one that needs photos falls back', () => {
		expect(run([ask('Runs too small')], received).map((a) => [a.reasonId, a.reasonName])).toEqual([
			['20022', '尺寸/规格不符'],
		]);
		expect(run([ask('Arrived broken')], received).map((a) => a.reasonId)).toEqual(['20028']); // damaged needs photos: the fallback
		expect(
			run([ask('')], [reason('20041', '快递一直未送达', false)]).map((a) => a.reasonId),
		).toEqual(['20041']); // no rule, no fallback: the first offered without photos
	});

	test('no reason without photos: the execution stops saying what to do', () => {
		expect(() => run([ask('Arrived broken')], [reason('20025', '收到商品破损', true)])).toThrow(
			`1688 offers no refund reason without photos for order ${A} (aftersaleBuyerReceived): ask for this refund by hand, with photos`,
		);
	});
});

'use strict';
/**
 * examples/1688-sourcing-assistant.json, run in `n8n start`: the workflow is activated and a user's chat message is
 * posted to the Chat Trigger's production URL, signed in as the n8n owner (the chat is for signed-in users only; an
 * anonymous message gets 401 and starts nothing). The AI Agent (version 3.1, as the editor adds it) talks to the
 * scripted model, which plays a sourcing conversation over four rounds:
 *   1. Search 1688 offers for "vacuum flask" up to ¥30,
 *   2. Get offer details of the first hit and Search by image with its picture,
 *   3. Preview order of 10 pieces of its first SKU, and Estimate shipping of those to a district of Guangzhou,
 *   4. a text answer built from what the tools returned.
 * Checked: the model was offered exactly the five 1688 tools with their descriptions and $fromAI parameters; each
 * call reached the sandbox with the model's arguments; each tool result the model got is the sandbox's own data;
 * the chat reply is the scripted answer and the workflow's output.
 */
const assert = require('node:assert/strict');
const { rounds } = require('../lib/scriptedModel');
const { assertOffered } = require('../lib/agentTools');
const { freightOf } = require('../../sandbox/views/freight');

const KEYWORD = 'vacuum flask';
const MAX_PRICE = 30;
const QUANTITY = 10;
/** Baiyun District, Guangzhou: Estimate Shipping takes a district's 6-digit code (province and city codes are its prefixes). */
const DESTINATION = '440111';
const CHAT_INPUT = `Find a ${KEYWORD} under ¥${MAX_PRICE}, show me its details and similar offers, and price ${QUANTITY} pieces.`;
const API = {
	search: 'com.alibaba.fenxiao.crossborder:product.search.keywordQuery-1',
	detail: 'com.alibaba.fenxiao.crossborder:product.search.queryProductDetail-1',
	image: 'com.alibaba.fenxiao.crossborder:product.search.imageQuery-1',
	preview: 'com.alibaba.trade:alibaba.createOrder.preview-1',
	freight: 'com.alibaba.fenxiao.crossborder:product.freight.estimate-1',
};

function cartOf(offer, sku) {
	return [{ offerId: offer.offerId, specId: sku.specId, quantity: QUANTITY }];
}

function answerOf({ offer, detail, similar, preview }) {
	const sku = detail.skus[0];
	return (
		`Best match: ${detail.titleTranslated ?? detail.title} (offer ${offer.offerId}, ${offer.url}) at ¥${offer.price} a piece. ` +
		`${similar.length} similar offers by picture. ${QUANTITY} pieces of SKU ${sku.specId} come to ¥${preview.total} ` +
		`including ¥${preview.shippingFee} shipping.`
	);
}

/** The sourcing conversation the scripted model plays (see the file comment). */
function sourcingScript() {
	return rounds(
		() => ({
			toolCalls: [
				{ name: 'Search_1688_offers', arguments: { keyword: KEYWORD, max_price_cny: MAX_PRICE } },
			],
		}),
		({ results }) => {
			const [offer] = results.Search_1688_offers;
			return {
				toolCalls: [
					{ name: 'Get_offer_details', arguments: { offer_id: offer.offerId } },
					{ name: 'Search_by_image', arguments: { image_url: offer.mainImage } },
				],
			};
		},
		({ results }) => {
			const [offer] = results.Search_1688_offers;
			const [detail] = results.Get_offer_details;
			const sku = detail.skus[0];
			return {
				toolCalls: [
					{ name: 'Preview_order', arguments: { cart: JSON.stringify(cartOf(offer, sku)) } },
					{
						name: 'Estimate_shipping',
						arguments: {
							offer_id: offer.offerId,
							sku_quantities: JSON.stringify([{ skuId: sku.skuId, quantity: QUANTITY }]),
							destination: DESTINATION,
						},
					},
				],
			};
		},
		({ results }) => ({
			content: answerOf({
				offer: results.Search_1688_offers[0],
				detail: results.Get_offer_details[0],
				similar: results.Search_by_image,
				preview: results.Preview_order[0],
			}),
		}),
	);
}

async function postChat(webhookUrl, { cookie, chatInput }) {
	const response = await fetch(webhookUrl, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
		body: JSON.stringify({ action: 'sendMessage', sessionId: 'e2e-sourcing-session', chatInput }),
	});
	const text = await response.text();
	let body;
	try {
		body = JSON.parse(text);
	} catch {
		body = text;
	}
	return { status: response.status, body };
}

/** The offerQueryParam / offerDetailParam / cargoParamList of a gateway call, parsed. */
const param = (request, name) => JSON.parse(request.params[name]);

module.exports = {
	swapped: [],

	/** The user's message and the model's script, also for running the same chat in the editor (editor.js). */
	chat: { input: CHAT_INPUT, script: sourcingScript },

	/** @param {{ model: object, webhookUrl: string, session: object }} ctx */
	async fire({ model, webhookUrl, session }) {
		const chatInput = CHAT_INPUT;
		const anonymous = await postChat(webhookUrl, { chatInput });
		assert.equal(anonymous.status, 401, 'the chat is for signed-in n8n users only');
		model.use(sourcingScript());
		// A failed run is reported by the runner with the execution's error; the reply is checked in check().
		const reply = await postChat(webhookUrl, { cookie: session.cookie, chatInput });
		return { executions: 1, chatInput, reply };
	},

	/** @param {import('../examples').ExampleContext & { model: object, fired: object }} ctx */
	check(ctx) {
		const { sandbox, model, fired } = ctx;
		assert.equal(ctx.runs.length, 1, 'one execution: the anonymous message started none');
		assert.equal(ctx.run.mode, 'webhook', 'started by the production chat URL');
		assert.equal(
			model.requests.length,
			4,
			'four model rounds: search, details and image, preview, answer',
		);

		// The tools the model was offered: the five 1688 tool nodes, with their descriptions and $fromAI parameters.
		const [first] = model.requests;
		const offered = Object.fromEntries(
			first.tools.map(({ function: f }) => [
				f.name,
				{ description: f.description, properties: f.parameters.properties },
			]),
		);
		assertOffered(offered, ctx.workflow, 'chat model request');
		assert.equal(
			first.messages.at(-1).content,
			fired.chatInput,
			"the model got the user's message",
		);
		assert.match(
			first.messages[0].content,
			/sourcing assistant for a buyer on 1688\.com/,
			"the model got the agent's system message",
		);

		// Every tool call reached the sandbox with the model's arguments.
		const only = (api) => {
			const calls = ctx.requests.filter((request) => request.api === api);
			assert.equal(calls.length, 1, `one ${api} call`);
			return calls[0];
		};
		const query = param(only(API.search), 'offerQueryParam');
		assert.equal(query.keyword, KEYWORD);
		assert.equal(
			Number(query.priceEnd),
			MAX_PRICE,
			"the model's max_price_cny became the price filter",
		);

		// What each tool returned to the model is the sandbox's data.
		const result = (round, tool) => {
			const message = model.requests[round].messages.find(
				(m) =>
					m.role === 'tool' &&
					model.requests[round].messages.some((a) =>
						a.tool_calls?.some((c) => c.id === m.tool_call_id && c.function.name === tool),
					),
			);
			assert.ok(message, `round ${round + 1}: the model got the result of ${tool}`);
			return JSON.parse(message.content);
		};
		const hits = result(1, 'Search_1688_offers');
		assert.ok(hits.length >= 1 && hits.length <= 10, `1 to 10 search hits, got ${hits.length}`);
		for (const hit of hits) {
			const stored = sandbox.store.getOffer(hit.offerId);
			assert.ok(stored, `search hit ${hit.offerId} is a sandbox offer`);
			assert.equal(hit.titleTranslated, stored.subjectTrans);
			assert.ok(
				hit.price <= MAX_PRICE,
				`hit ${hit.offerId} costs ¥${hit.price}, at most ¥${MAX_PRICE}`,
			);
			assert.ok(
				`${stored.subject} ${stored.subjectTrans}`.toLowerCase().includes(KEYWORD),
				`hit ${hit.offerId} is a ${KEYWORD}`,
			);
		}
		const [offer] = hits;
		const stored = sandbox.store.getOffer(offer.offerId);
		assert.equal(
			param(only(API.detail), 'offerDetailParam').offerId,
			Number(offer.offerId),
			'Get offer details asked for the first hit',
		);
		const [detail] = result(2, 'Get_offer_details');
		assert.equal(detail.offerId, offer.offerId);
		assert.deepEqual(
			detail.skus.map((sku) => sku.specId),
			stored.skus.map((sku) => sku.specId),
			"the model got the offer's SKUs",
		);
		assert.equal(
			param(only(API.image), 'offerQueryParam').imageAddress,
			offer.mainImage,
			'Search by image used the picture the model passed',
		);
		const similar = result(2, 'Search_by_image');
		assert.ok(
			similar.length >= 1 && similar.every((hit) => sandbox.store.getOffer(hit.offerId)),
			'similar offers are sandbox offers',
		);

		const sku = detail.skus[0];
		const previewCall = only(API.preview);
		assert.deepEqual(
			param(previewCall, 'cargoParamList').map((line) => [
				String(line.offerId),
				line.specId,
				line.quantity,
			]),
			[[offer.offerId, sku.specId, QUANTITY]],
			'Preview order sent the cart the model built',
		);
		assert.equal(
			param(previewCall, 'addressParam').cityText,
			'广州市',
			'to the warehouse address set in the template',
		);
		const [preview] = result(3, 'Preview_order');
		assert.deepEqual(
			preview.items.map((item) => [item.offerId, item.specId]),
			[[offer.offerId, sku.specId]],
		);
		assert.equal(
			preview.total,
			Math.round((preview.goodsTotal + preview.shippingFee - (preview.discount ?? 0)) * 100) / 100,
			'the preview adds up',
		);

		// Estimate shipping: the model's offer, SKU quantity and district code reached product.freight.estimate (the
		// province and city codes derived from the district's), and the model got the freight of the seller's template.
		const freight = param(only(API.freight), 'productFreightQueryParamsNew');
		assert.deepEqual(
			[
				String(freight.offerId),
				freight.toProvinceCode,
				freight.toCityCode,
				freight.toCountryCode,
				Number(freight.totalNum),
			],
			[offer.offerId, '440000', '440100', DESTINATION, QUANTITY],
			"Estimate shipping sent the model's offer, destination and quantity",
		);
		assert.deepEqual(
			freight.logisticsSkuNumModels.map((m) => [String(m.skuId), Number(m.number)]),
			[[String(sku.skuId), QUANTITY]],
			'for the SKU the model named',
		);
		const [estimate] = result(3, 'Estimate_shipping');
		assert.deepEqual(
			[
				estimate.offerId,
				estimate.destinationCode,
				estimate.quantity,
				estimate.freight,
				estimate.currency,
			],
			[offer.offerId, DESTINATION, QUANTITY, freightOf(stored, QUANTITY, DESTINATION), 'CNY'],
			`the model got the sandbox's freight: ${JSON.stringify(estimate).slice(0, 300)}`,
		);

		// The agent's answer is the chat reply and the workflow's output.
		const answer = answerOf({ offer, detail, similar, preview });
		assert.deepEqual(
			[fired.reply.status, fired.reply.body.output],
			[200, answer],
			"the chat reply is the model's answer",
		);
		assert.deepEqual(ctx.output('Sourcing agent'), [{ output: answer }], "the agent's output item");
	},
};

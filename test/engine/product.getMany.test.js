'use strict';
const { operationRunner, useSandbox } = require('../support/sandboxSuite');

const LIST_API = 'com.alibaba.product:alibaba.product.list.get-1';

const sandbox = useSandbox({ resetEach: true });

const run = operationRunner(sandbox, 'product', 'getMany');
const ownOffers = () =>
	[...sandbox().store.offers.values()].filter(
		(o) => o.seller.memberId === sandbox().store.member.memberId,
	);
const paramsOf = (request) => {
	const { access_token, _aop_signature, _aop_timestamp, ...business } = request.params;
	return business;
};

/** Makes the sandbox seller own `count` more offers, so that its list spans pages of 20. */
function growShop(count) {
	const seller = ownOffers()[0].seller;
	const others = [...sandbox().store.offers.values()]
		.filter((o) => o.seller !== seller)
		.slice(0, count);
	for (const offer of others) offer.seller = seller;
	return ownOffers();
}

describe('Product → Get Many (own offers) through the n8n engine', () => {
	test('Return All reads pages of 20 until the total, each offer once, simplified', async () => {
		const own = growShop(13);
		expect(own.length).toBeGreaterThan(20);
		const { items, error } = await run({ returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(own.length);
		expect(new Set(items.map((i) => i.offerId))).toEqual(
			new Set(own.map((o) => String(o.offerId))),
		);
		const pages = Math.ceil(own.length / 20);
		expect(sandbox().requests.map((r) => r.api)).toEqual(Array(pages).fill(LIST_API));
		expect(sandbox().requests.map(paramsOf)).toEqual(
			Array.from({ length: pages }, (_, i) => ({ pageNo: String(i + 1), pageSize: '20' })),
		);
		for (const item of items) {
			const offer = sandbox().store.getOffer(item.offerId);
			expect(item.title).toBe(offer.subject);
			expect(item.skus).toHaveLength(offer.skus.length);
			expect(item.totalStock).toBe(offer.skus.reduce((n, s) => n + s.amountOnSale, 0));
			expect(typeof item.price).toBe('number');
			expect(Object.keys(item)).toEqual(Object.keys(items[0]));
		}
	});

	test('Limit: one page of exactly the limit, or two pages when it is larger than 20', async () => {
		growShop(13);
		const all = (await run({ returnAll: true })).items.map((i) => i.offerId);
		sandbox().clearRequests();
		const five = await run({ limit: 5 });
		expect(five.items.map((i) => i.offerId)).toEqual(all.slice(0, 5));
		expect(sandbox().requests.map(paramsOf)).toEqual([{ pageNo: '1', pageSize: '5' }]);
		sandbox().clearRequests();
		const many = await run({ limit: 22 });
		expect(many.items.map((i) => i.offerId)).toEqual(all.slice(0, 22));
		expect(sandbox().requests.map((r) => paramsOf(r).pageNo)).toEqual(['1', '2']);
	});

	test('the status and title filters are sent as statusList and subjectKey and applied', async () => {
		const own = ownOffers();
		for (const offer of own.slice(0, 3)) offer.status = 'expired';
		const expired = await run({
			returnAll: true,
			filters: { statuses: ['expired', 'member expired'] },
		});
		expect(paramsOf(sandbox().requests[0]).statusList).toBe('["expired","member expired"]');
		expect(expired.items.map((i) => i.offerId).sort()).toEqual(
			own
				.slice(0, 3)
				.map((o) => String(o.offerId))
				.sort(),
		);
		expect(expired.items.every((i) => i.status === 'expired')).toBe(true);
		sandbox().clearRequests();
		const word = own[5].subject.slice(-4);
		const titled = await run({ returnAll: true, filters: { subjectKey: ` ${word} ` } });
		expect(paramsOf(sandbox().requests[0]).subjectKey).toBe(word);
		expect(titled.items.length).toBeGreaterThan(0);
		expect(titled.items.every((i) => i.title.includes(word))).toBe(true);
		expect(titled.items).toHaveLength(own.filter((o) => o.subject.includes(word)).length);
	});
});

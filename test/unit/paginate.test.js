'use strict';
const { collectPages } = require('../../dist/nodes/Alibaba1688/helpers/paginate');

/** A fake paged list of `count` records; records which pages were asked for. */
function list(count, { reportTotal = true } = {}) {
	const calls = [];
	const fetchPage = async (page, pageSize) => {
		calls.push({ page, pageSize });
		const start = (page - 1) * pageSize;
		const items = Array.from({ length: Math.max(0, Math.min(pageSize, count - start)) }, (_, i) => start + i);
		return { items, total: reportTotal ? count : undefined };
	};
	return { fetchPage, calls };
}

describe('collectPages', () => {
	test('Return All walks every page once, in order, and stops at the total', async () => {
		const { fetchPage, calls } = list(120);
		const all = await collectPages(fetchPage, { returnAll: true, limit: 0, pageSize: 50 });
		expect(all).toEqual(Array.from({ length: 120 }, (_, i) => i));
		expect(calls.map((c) => c.page)).toEqual([1, 2, 3]);
	});

	test('an exact multiple of the page size stops on the total without an empty extra page', async () => {
		const { fetchPage, calls } = list(100);
		expect(await collectPages(fetchPage, { returnAll: true, limit: 0, pageSize: 50 })).toHaveLength(100);
		expect(calls).toHaveLength(2);
	});

	test('without a total, a short or empty page ends the list', async () => {
		const { fetchPage, calls } = list(100, { reportTotal: false });
		expect(await collectPages(fetchPage, { returnAll: true, limit: 0, pageSize: 50 })).toHaveLength(100);
		expect(calls.map((c) => c.page)).toEqual([1, 2, 3]);
	});

	test('a limit fetches only the pages it needs and asks for small pages when it is small', async () => {
		const big = list(500);
		expect(await collectPages(big.fetchPage, { returnAll: false, limit: 70, pageSize: 50 })).toEqual(Array.from({ length: 70 }, (_, i) => i));
		expect(big.calls).toEqual([{ page: 1, pageSize: 50 }, { page: 2, pageSize: 50 }]);
		const small = list(500);
		expect(await collectPages(small.fetchPage, { returnAll: false, limit: 5, pageSize: 50 })).toEqual([0, 1, 2, 3, 4]);
		expect(small.calls).toEqual([{ page: 1, pageSize: 5 }]);
	});

	test('an empty list gives no records after one call; a limit of 0 makes none', async () => {
		const empty = list(0);
		expect(await collectPages(empty.fetchPage, { returnAll: true, limit: 0, pageSize: 20 })).toEqual([]);
		expect(empty.calls).toHaveLength(1);
		const none = list(10);
		expect(await collectPages(none.fetchPage, { returnAll: false, limit: 0, pageSize: 20 })).toEqual([]);
		expect(none.calls).toHaveLength(0);
	});

	test('maxPages guards against a list that never ends', async () => {
		let calls = 0;
		const endless = async () => {
			calls++;
			return { items: [1, 2] };
		};
		expect(await collectPages(endless, { returnAll: true, limit: 0, pageSize: 2, maxPages: 4 })).toHaveLength(8);
		expect(calls).toBe(4);
	});
});

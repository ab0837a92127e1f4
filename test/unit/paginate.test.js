'use strict';
const { collectPages } = require('../../dist/nodes/shared/helpers/paginate');

/** A fake paged list of `count` records; records which pages were asked for. */
function list(count, { reportTotal = true } = {}) {
	const calls = [];
	const fetchPage = async (page, pageSize) => {
		calls.push({ page, pageSize });
		const start = (page - 1) * pageSize;
		const items = Array.from(
			{ length: Math.max(0, Math.min(pageSize, count - start)) },
			(_, i) => start + i,
		);
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
		expect(await collectPages(fetchPage, { returnAll: true, limit: 0, pageSize: 50 })).toHaveLength(
			100,
		);
		expect(calls).toHaveLength(2);
	});

	test('without a total, a short or empty page ends the list', async () => {
		const { fetchPage, calls } = list(100, { reportTotal: false });
		expect(await collectPages(fetchPage, { returnAll: true, limit: 0, pageSize: 50 })).toHaveLength(
			100,
		);
		expect(calls.map((c) => c.page)).toEqual([1, 2, 3]);
	});

	test('a limit fetches only the pages it needs and asks for small pages when it is small', async () => {
		const big = list(500);
		expect(
			await collectPages(big.fetchPage, { returnAll: false, limit: 70, pageSize: 50 }),
		).toEqual(Array.from({ length: 70 }, (_, i) => i));
		expect(big.calls).toEqual([
			{ page: 1, pageSize: 50 },
			{ page: 2, pageSize: 50 },
		]);
		const small = list(500);
		expect(
			await collectPages(small.fetchPage, { returnAll: false, limit: 5, pageSize: 50 }),
		).toEqual([0, 1, 2, 3, 4]);
		expect(small.calls).toEqual([{ page: 1, pageSize: 5 }]);
	});

	test('an empty list gives no records after one call; a limit of 0 makes none', async () => {
		const empty = list(0);
		expect(
			await collectPages(empty.fetchPage, { returnAll: true, limit: 0, pageSize: 20 }),
		).toEqual([]);
		expect(empty.calls).toHaveLength(1);
		const none = list(10);
		expect(
			await collectPages(none.fetchPage, { returnAll: false, limit: 0, pageSize: 20 }),
		).toEqual([]);
		expect(none.calls).toHaveLength(0);
	});

	test('maxPages guards against a list that never ends', async () => {
		let calls = 0;
		const endless = async () => {
			calls++;
			return { items: [1, 2] };
		};
		expect(
			await collectPages(endless, { returnAll: true, limit: 0, pageSize: 2, maxPages: 4 }),
		).toHaveLength(8);
		expect(calls).toBe(4);
	});
});

describe('collectPages, concurrent once the total is known', () => {
	const tick = () => new Promise((resolve) => setImmediate(resolve));

	test('pages answered out of order still give the records in page order, each once', async () => {
		const order = [];
		const fetchPage = async (page, pageSize) => {
			// Later pages answer first.
			for (let i = 0; i < 10 - page; i++) await tick();
			order.push(page);
			return {
				items: Array.from({ length: pageSize }, (_, i) => (page - 1) * pageSize + i).filter(
					(n) => n < 430,
				),
				total: 430,
			};
		};
		const all = await collectPages(fetchPage, { returnAll: true, limit: 0, pageSize: 50 });
		expect(all).toEqual(Array.from({ length: 430 }, (_, i) => i));
		expect(order.slice(1)).not.toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
	});

	test('never more pages in flight than the concurrency, and none past the limit', async () => {
		let inFlight = 0;
		let most = 0;
		const asked = [];
		const fetchPage = async (page) => {
			asked.push(page);
			inFlight++;
			most = Math.max(most, inFlight);
			await tick();
			inFlight--;
			return { items: Array.from({ length: 10 }, () => page), total: 10_000 };
		};
		const some = await collectPages(fetchPage, {
			returnAll: false,
			limit: 95,
			pageSize: 10,
			concurrency: 3,
		});
		expect(some).toHaveLength(95);
		expect(asked.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(most).toBeLessThanOrEqual(3);
	});

	test('a failing page fails the whole list, and no new page starts after it', async () => {
		const asked = [];
		const fetchPage = async (page) => {
			asked.push(page);
			await tick();
			if (page === 3) throw new Error('page 3 failed');
			return { items: [page, page], total: 40 };
		};
		await expect(
			collectPages(fetchPage, { returnAll: true, limit: 0, pageSize: 2, concurrency: 2 }),
		).rejects.toThrow('page 3 failed');
		expect(Math.max(...asked)).toBeLessThanOrEqual(5);
	});
});

describe('settleEach', () => {
	const { settleEach, firstFailure } = require('../../dist/nodes/shared/helpers/concurrency');

	test('outcomes in input order, failures included, with continue', async () => {
		const outcomes = await settleEach([1, 2, 3], 2, async (n) => {
			if (n === 2) throw new Error('two');
			return n * 10;
		});
		expect(outcomes.map((o) => (o.ok ? o.value : o.error.message))).toEqual([10, 'two', 30]);
		expect(firstFailure(outcomes)).toMatchObject({ index: 1 });
	});

	test('stopAfterFailure leaves later inputs unstarted', async () => {
		const started = [];
		const outcomes = await settleEach(
			[1, 2, 3, 4],
			1,
			async (n) => {
				started.push(n);
				if (n === 2) throw new Error('stop');
				return n;
			},
			{ stopAfterFailure: true },
		);
		expect(started).toEqual([1, 2]);
		expect(outcomes[2]).toBeUndefined();
		expect(firstFailure([{ ok: true, value: 1 }])).toBeUndefined();
	});
});

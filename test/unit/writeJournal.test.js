'use strict';
const {
	WriteJournal,
	describeWritesDone,
} = require('../../dist/nodes/Alibaba1688/actions/writeJournal');

const key = (overrides = {}) => ({
	executionId: 'e1',
	nodeName: '1688',
	runIndex: 0,
	itemIndex: 0,
	api: 'com.alibaba.trade:alibaba.trade.cancel-1',
	call: 0,
	...overrides,
});
const done = (at, summary = 'cancelled', overrides = {}) => ({
	executionId: 'e1',
	nodeName: '1688',
	itemIndex: 0,
	state: 'done',
	answer: { success: true },
	summary,
	at,
	...overrides,
});

describe('WriteJournal', () => {
	test('finds a write by execution, node, run, item, API and call, and nothing else', () => {
		const journal = new WriteJournal();
		journal.record(key(), done(1000));
		expect(journal.get(key(), 1000)).toMatchObject({ state: 'done', answer: { success: true } });
		for (const other of [
			{ executionId: 'e2' },
			{ nodeName: 'other' },
			{ runIndex: 1 },
			{ itemIndex: 1 },
			{ api: 'x' },
			{ call: 1 },
		]) {
			expect(journal.get(key(other), 1000)).toBeUndefined();
		}
	});

	test('lists the done writes of an execution in the order recorded, without the uncertain ones', () => {
		const journal = new WriteJournal();
		journal.record(key({ itemIndex: 1 }), done(1, 'order 2', { itemIndex: 1 }));
		journal.record(key({ itemIndex: 0 }), done(2, 'order 1'));
		journal.record(key({ itemIndex: 2 }), { ...done(3), state: 'uncertain', code: 'ECONNRESET' });
		journal.record(key({ executionId: 'e2' }), done(4, 'elsewhere', { executionId: 'e2' }));
		expect(journal.doneIn('e1').map((write) => write.summary)).toEqual(['order 2', 'order 1']);
	});

	test('forgets entries after the time to live, and the oldest beyond the size', () => {
		const journal = new WriteJournal(1000, 3);
		journal.record(key({ call: 0 }), done(0));
		journal.record(key({ call: 1 }), done(500));
		expect(journal.get(key({ call: 0 }), 999)).toBeDefined();
		expect(journal.get(key({ call: 0 }), 1000)).toBeUndefined();
		expect(journal.size).toBe(1);
		for (let call = 2; call < 6; call += 1) journal.record(key({ call }), done(600 + call));
		expect(journal.size).toBe(3);
		expect([1, 2, 3, 4, 5].map((call) => journal.get(key({ call }), 700) !== undefined)).toEqual([
			false,
			false,
			true,
			true,
			true,
		]);
	});

	test('describes done writes for an error: by item and node, at most 20 by name', () => {
		const writes = Array.from({ length: 22 }, (_, n) => done(n, `order ${n}`, { itemIndex: n }));
		const text = describeWritesDone(writes);
		expect(text.startsWith('item 0 of "1688": order 0; item 1 of "1688": order 1;')).toBe(true);
		expect(text.endsWith('item 19 of "1688": order 19; and 2 more')).toBe(true);
	});
});

'use strict';
/**
 * 1688 Trigger → Messages (Pulled): the app's undelivered push messages (push.query.messageList), each
 * emitted as the item the Message Trigger gives, then confirmed (push.message.confirm). Both are app-only
 * (no user token).
 */
const { pushMessageItem } = require('../../../dist/nodes/shared/helpers/pushMessage');

const LIST = 'cn.alibaba.open:push.query.messageList-1';

module.exports = {
	[LIST]: {
		check(json) {
			expect(json.pushMessagePage.totalCount).toBe(1);
			// The item both triggers give: envelope fields, msgId as text, gmtBorn also as ISO time, data as an object.
			// The sample has no bizKey: null, so pulled and pushed items always have the same keys.
			expect(pushMessageItem(json.pushMessagePage.datas[0])).toEqual({
				msgId: '68891027',
				type: 'CAIGOU_MSG_BUYER_MARK_QUOTATION',
				bizKey: null,
				userInfo: 'memberId',
				gmtBorn: 1399452484000,
				gmtBornAt: '2014-05-07T08:48:04.000Z',
				data: { quotationId: 123, buyOfferId: 123, supplierMemberId: 'memberId' },
			});
		},
		request: () => ({ page: 1, pageSize: 20 }),
	},
	'cn.alibaba.open:push.message.confirm-1': {
		everyField: true,
		check(json) {
			// confirmMessages needs exactly this: isSuccess true (or "true").
			expect(json).toEqual({ isSuccess: true });
		},
		// A message the sandbox lists (its seeded failed messages), confirmed by ID as a JSON list of Longs.
		async request({ call }) {
			const listed = await call(LIST, { page: 1, pageSize: 20 });
			const [message] = listed.json.pushMessagePage.datas;
			if (!message) throw new Error('the sandbox lists no failed message to confirm');
			return { msgIdList: `[${message.msgId}]` };
		},
	},
};

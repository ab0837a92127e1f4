'use strict';
/**
 * What each topic's sample message (samples/messages/<TOPIC>.json, from its page in messages-en/) must give
 * as the item's fields besides the envelope: IDs as exact text (long JSON numbers included), times as ISO
 * 8601 in China time, fen as yuan where the page says fen, the 1688 wrappers (OrderLogisticsTracingModel…)
 * flattened. Written out by hand from the pages, so a change of the readers shows here.
 */
const order = (
	orderId,
	status,
	sentAt,
	buyerMemberId = 'b2b-665170100',
	sellerMemberId = 'b2b-1676547900b7bb3',
) => ({
	orderId,
	status,
	sentAt,
	buyerMemberId,
	sellerMemberId,
});
const relation = (offerId, memberId, status, sentAt) => ({
	offerId,
	offerIds: [offerId],
	memberId,
	status,
	sentAt,
});
const SAMPLE_ORDER = '167539019420540000';
const AT_19_34_27 = '2018-05-30T19:34:27.000+08:00';

module.exports = {
	AGENT_NEWTON_CLOUD_TASK_NOTIFY: {
		taskId: '0cabd613-7c43-4259-8230-834d7df7cdbf',
		sessionId: 'f84b407a-c495-49a0-942b-a24c3985ca3f',
		status: 'END',
		createdAt: '2026-06-02T21:17:34.000+08:00',
		finishedAt: '2026-06-02T21:17:38.000+08:00',
		errorMessage: '用户手动中断',
		stage: 'WAIT_USER',
		stageDetail: {
			reason: 'show_interaction',
			toolName: 'search',
			toolCallId: 'call_abc123',
			expectedEventType: 'EXTERNAL_EXECUTION_RESULT',
		},
		payload: {
			toolCallId: 'call_abc123',
			toolName: 'search',
			expectedEventType: 'EXTERNAL_EXECUTION_RESULT',
			message: '请提供搜索关键词',
		},
	},
	CROSSBOARD_CROSSBOARD_ADD_SUPPLY: {
		offerId: '537321696540',
		appUserId: 'b2b-26800439112ddd0',
		appProductId: '560604911564',
		appProductUrl: 'http:123test.com',
	},
	CROSSBOARD_LP_DISTRIBUTION: {
		customerId: 'testIsv1',
		userKey: 'qwerty',
		userToken: 'asdfggjkl',
		appKey: '123',
		listedAt: '1973-11-30T04:57:34.645+08:00',
		offerIds: ['1244567'],
		offers: [{ offerId: '1244567', imageUrl: 'https://cbu01.alicdn.com/xxx.jpg' }],
		sign: 'ABCDEFG',
	},
	CROSSBOARD_XYT_PLATFORM_OFFER_CHANGE: {
		offerId: '30798998397239',
		offerIds: ['30798998397239'],
		status: 'add',
	},
	FENXIAO_PRICE_CHANGE: {
		offerId: '738629661216',
		memberId: 'b2b-2248564064',
		sentAt: '2024-05-09T00:00:00.000+08:00',
	},
	LOGISTICS_BUYER_VIEW_TRACE: {
		logisticsId: '12345',
		trackingNumber: '123456',
		carrierCode: '123',
		status: 'CONSIGN',
		// The sample's changeTime is a blank.
		changedAt: null,
		orderId: '2938624554509662976',
		orderIds: ['2938624554509662976'],
		orderEntryIds: ['2958624554509662976'],
	},
	LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE: {
		packageId: '12345',
		stage: 'external',
		international: true,
		trackingNumber: 'EMS12345',
		carrierCode: 'EMS',
		transportStatus: 900,
		warehouseStatus: 900100,
		changedAt: '2025-02-19T15:48:11.000+08:00',
		buyerUserId: '123456',
		orderId: '123',
		orderIds: ['123', '456'],
	},
	LOGISTICS_MAIL_NO_CHANGE: {
		logisticsId: '123456',
		trackingNumber: '1234',
		carrierCode: '12345',
		previousTrackingNumber: '123',
		previousCarrierCode: '1234',
		changedAt: null,
		orderId: '2958424554509662976',
		orderIds: ['2958424554509662976'],
		orderEntryIds: ['2958424554509662976'],
	},
	ORDER_BATCH_PAY: {
		payments: [{ orderId: '558880835194545941', status: 'successed', paid: true }],
		allPaid: true,
	},
	ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS: order(SAMPLE_ORDER, 'waitbuyerreceive', AT_19_34_27),
	ORDER_BUYER_VIEW_BUYER_MAKE: order(SAMPLE_ORDER, 'waitbuyerpay', '2018-05-30T19:24:18.000+08:00'),
	ORDER_BUYER_VIEW_ORDER_BOPS_CLOSE: order(SAMPLE_ORDER, 'cancel', AT_19_34_27),
	ORDER_BUYER_VIEW_ORDER_BUYER_CLOSE: order(SAMPLE_ORDER, 'cancel', AT_19_34_27),
	ORDER_BUYER_VIEW_ORDER_BUYER_REFUND_IN_SALES: {
		...order(
			'1479266113491823456',
			'refundsuccess',
			'2018-05-30T19:30:13.000+08:00',
			'b2b-9161839253fcc5',
			'b2b-346900403',
		),
		refundId: '1234556',
		refundAction: 'SYSTEM_AGREE_REFUND_PROTOCOL',
		operator: 'system',
	},
	ORDER_BUYER_VIEW_ORDER_COMFIRM_RECEIVEGOODS: order(
		SAMPLE_ORDER,
		'confirm_goods_and_has_subsidy',
		AT_19_34_27,
	),
	ORDER_BUYER_VIEW_ORDER_PAY: order(SAMPLE_ORDER, 'waitsellersend', AT_19_34_27),
	ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY: order(SAMPLE_ORDER, 'waitbuyerpay', AT_19_34_27),
	ORDER_BUYER_VIEW_ORDER_REFUND_AFTER_SALES: {
		...order(
			'161292821695900310',
			'waitbuyersend',
			'2018-05-30T19:37:28.000+08:00',
			'b2b-346900403',
			'b2b-9161839253fcc5',
		),
		refundId: '1234567',
		refundAction: 'SELLER_AGREE_REFUND_PROCOTOL',
		operator: 'seller',
	},
	ORDER_BUYER_VIEW_ORDER_SELLER_CLOSE: order(SAMPLE_ORDER, 'cancel', AT_19_34_27),
	ORDER_BUYER_VIEW_ORDER_STEP_PAY: order(SAMPLE_ORDER, 'waitsellersend', AT_19_34_27),
	ORDER_BUYER_VIEW_ORDER_SUCCESS: order(SAMPLE_ORDER, 'success', AT_19_34_27),
	ORDER_BUYER_VIEW_PART_PART_SENDGOODS: order(SAMPLE_ORDER, 'waitsellersend', AT_19_34_27),
	// The seller-view page has no seller: null, so the keys are those of every order topic.
	ORDER_ORDER_PRICE_MODIFY: order(
		'168133548553170001',
		'waitbuyerpay',
		AT_19_34_27,
		'b2b-665170100',
		null,
	),
	PRODUCT_PFT_OFFER_PRICE_MODIFY: {
		offerId: '679304426617',
		// No unit on the page: the number as sent.
		minPrice: 2100,
		effectiveAt: '2022-09-06T09:00:00.000+08:00',
		// historyRetailPrice 1550 fen.
		skus: [{ skuId: '4851072600824', changedPrice: 15.5 }],
	},
	PRODUCT_PFT_OFFER_QUIT: {
		offerId: '662112483578',
		groupType: 'single_direct',
		sellerOpenUid: '1117283046',
	},
	PRODUCT_PRODUCT_CROSSBOARD_INFORM: {
		offerId: '570046582711',
		distributorMemberId: '2804951212',
		action: 'distribution',
	},
	PRODUCT_PRODUCT_INVENTORY_CHANGE: {
		offerId: '1234567890',
		offerIds: ['1234567890'],
		changes: [
			{
				offerId: '1234567890',
				skuId: '1234567890',
				offerStock: 100,
				skuStock: 20,
				change: -10,
				changedAt: '2019-08-05T13:52:09.147+08:00',
			},
		],
	},
	PRODUCT_RELATION_VIEW_PRODUCT_AUDIT: relation(
		'570872343603',
		'b2b-342071512394d025',
		'RELATION_VIEW_PRODUCT_AUDIT',
		'2018-05-30T20:26:41.000+08:00',
	),
	PRODUCT_RELATION_VIEW_PRODUCT_CHANGE: {
		offerId: '897022666243',
		offerIds: ['897022666243', '897022666242'],
		memberId: 'xxxx',
		// The sample puts the page's list of actions where one action goes.
		action:
			'动作(new:用户新发,modify:用户修改,member_delete:用户删除,member_expired:用户下架,repost:用户重发,audit:小二审核,update:运营或运营工具修改,revised:商品订正,publish:上架,sku_new:sku发布,sku_modify:sku编辑,sku_delete:sku删除)',
		sentAt: '2025-09-05T10:43:28.000+08:00',
	},
	PRODUCT_RELATION_VIEW_PRODUCT_DELETE: relation(
		'570872343603',
		'b2b-342071512394d025',
		'RELATION_VIEW_PRODUCT_DELETE',
		'2018-05-30T20:26:41.000+08:00',
	),
	PRODUCT_RELATION_VIEW_PRODUCT_EXPIRE: relation(
		'44179498967',
		'xuxan',
		'RELATION_VIEW_PRODUCT_EXPIRE',
		'2018-05-30T20:27:48.000+08:00',
	),
	PRODUCT_RELATION_VIEW_PRODUCT_NEW_OR_MODIFY: relation(
		'547096780502',
		'b2b-28308412336ca4e7',
		'RELATION_VIEW_PRODUCT_NEW_OR_MODIFY',
		'2018-05-30T20:28:42.000+08:00',
	),
	PRODUCT_RELATION_VIEW_PRODUCT_REPOST: relation(
		'107680826',
		'shyxsscl',
		'RELATION_VIEW_PRODUCT_REPOST',
		'2018-05-30T20:29:37.000+08:00',
	),
	SYT_ADD_CONTRACT_CONTENT: {
		contractNo: '88SYT20240113169004',
		event: 'CONTRACT_CONTENT_ADD_SUCCESS',
		content: '无',
		submitterRole: 'PART_A:买家;PART_B:商家',
		addedAt: '2026-01-13T15:16:32.321+08:00',
		attachments: [{ fileName: 'a.png', fileUrl: 'https://www.xxx.xxx/xxx.pdf' }],
	},
	SYT_CONTRACT_PAY_SUCCESS: {
		contractNo: '88SYT20230113169004',
		status: 'PAID',
		event: 'CONTRACT_PAY_SUCCESS_EVENT',
		payChannel: 'BANK_TRANSFER',
	},
	SYT_CONTRACT_REJECT: {
		contractNo: '88SYT20230113169004',
		status: 'SIGN_REJECT',
		event: 'CONTRACT_SIGN_REJECT_EVENT',
		rejectReason: '无',
		rejectedAt: '2026-05-11T21:18:30.000+08:00',
	},
	SYT_CONTRACT_SIGN_SUCCESS: {
		contractNo: '88SYT20230113169004',
		status: 'SIGN_SUCCESS',
		event: 'CONTRACT_SIGN_SUCCESS_EVENT',
		signedAt: '2026-05-11T21:18:30.000+08:00',
	},
	SYT_CONTRACT_WAIT_SIGN: {
		contractNo: '88SYT20230113169004',
		status: 'SIGNING',
		event: 'CONTRACT_WAIT_SIGN_EVENT',
	},
	SYT_REFUND_FINISH_NOTICE: {
		contractNo: '88SYT20240113169004',
		event: 'CONTRACT_REFUND_FINISH',
		refundNo: '8896010RO10005525121800000017003',
		refundStatus: 'REFUND_SUCCESS/FAILED',
		rejectReason: '无',
	},
};

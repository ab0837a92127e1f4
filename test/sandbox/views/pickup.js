'use strict';
/**
 * Official return pickup (官方退货上门揽, com.alibaba.logistics:refundofficialdelivery.*): the courier plans for a
 * return (solution.get), the pickup orders and their models. Two plans, as the page's examples name them: YTO's same-day
 * pickup (solution 422) and ZTO's next-day pickup (434), each with time slots over the next days (China time) and a
 * price by weight in fen. Addresses are AddressParam models: the sender is where the goods are (the order's delivery
 * address, or the one given), the receiver the seller's return address.
 */
const { format1688, CHINA_OFFSET_MS } = require('../protocol/dates');
const { long } = require('../protocol/json');
const { sellerReturnAddress } = require('../data/afterSales');

const DAY = 86400000;
const PLANS = [
	{
		solutionCode: '422',
		cpCode: 'YTO',
		cpName: '圆通速递',
		solutionName: '圆通快递当日取',
		serviceType: '1',
		serviceTypeName: '当日上门',
		remark: '圆通快递价格优惠覆盖广',
		priority: 1,
		firstDay: 0,
		firstFee: 1000,
		nextFee: 300,
	},
	{
		solutionCode: '434',
		cpCode: 'ZTO',
		cpName: '中通快递',
		solutionName: '中通快递次日取',
		serviceType: '2',
		serviceTypeName: '次日上门',
		remark: '中通快递次日上门',
		priority: 2,
		firstDay: 1,
		firstFee: 800,
		nextFee: 200,
	},
];
const SLOTS = [
	['09:00', '11:00'],
	['15:00', '17:00'],
	['19:00', '21:00'],
];
const GOODS_TYPES = [
	'DAILY_NECESSITIES',
	'FOOD',
	'FURNITURE',
	'METALS',
	'COSMETICS',
	'DIGITAL',
	'GIFT',
	'OTHER',
];
/**
 * refundofficialdelivery.order.cancel-1's cancelType values. The page's list also has a garbled "\tATE" ("courier did
 * not arrive for pickup on time"), whose real name the page does not give: left out.
 */
const CANCEL_TYPES = [
	'INFORMATION_INCORRECT',
	'WANT_TO_SEND_MYSELF',
	'PLAN_CHANGED',
	'WANT_TO_CHANGE_PICKUP_TIME',
	'PRICE_TOO_HIGH',
	'COURIER_NOT_COMING',
	'COURIER_BAD_ATTITUDE',
	'ITEM_CANNOT_BE_SHIPPED',
	'COURIER_TOO_BUSY',
	'OTHER',
];

/** `yyyy-MM-dd` of the China day `days` after today. */
function chinaDate(now, days) {
	return new Date(now + CHINA_OFFSET_MS + days * DAY).toISOString().slice(0, 10);
}

/** The pickup dates a plan offers (three days from its first). */
const planDates = (plan, now) => [0, 1, 2].map((i) => chinaDate(now, plan.firstDay + i));

/** The charge of a plan for `grams` (first kilo, then each started kilo). */
function charge(plan, grams) {
	const extraKilos = Math.max(0, Math.ceil((grams - 1000) / 1000));
	const nextTotalCost = extraKilos * plan.nextFee;
	const total = plan.firstFee + nextTotalCost;
	return {
		deliveryFee: total,
		deliveryTotalFee: total,
		firstFee: plan.firstFee,
		firstTotalCost: plan.firstFee,
		firstUnit: 1000,
		nextFee: plan.nextFee,
		nextTotalCost,
		nextUnit: 1000,
		originTotalCost: total + 200,
		totalCost: total,
		vasDetailDTOList: [],
		vasTotalFee: 0,
		fromOverAreaFee: 0,
		toOverAreaFee: 0,
		overDistanceFee: 0,
	};
}

function planModel(plan, grams, now) {
	return {
		appointmentTimeDTO: {
			timeSlotDTOList: planDates(plan, now).flatMap((dateStr) =>
				SLOTS.map(([gmtStart, gmtEnd]) => ({ dateStr, gmtStart, gmtEnd })),
			),
		},
		chargeDetailDTO: charge(plan, grams),
		cpCode: plan.cpCode,
		cpName: plan.cpName,
		deliveryTimeDTO: { deliveryText: '预计2天送达', deliveryTime: '2', remark: '' },
		priority: plan.priority,
		remark: plan.remark,
		serviceType: plan.serviceType,
		serviceTypeDesc: plan.solutionName,
		serviceTypeName: plan.serviceTypeName,
		solutionCode: plan.solutionCode,
		solutionName: plan.solutionName,
	};
}

/** AddressParam of an order's delivery address (where the goods to return are). */
function orderAddress(order) {
	const a = order.address;
	return {
		address: a.address,
		addressId: 0,
		...regionCodes(a.areaCode),
		areaText: a.areaText,
		cityText: a.cityText,
		fullName: a.fullName,
		mobile: a.mobile,
		phone: a.phone || '',
		postCode: a.postCode || '',
		provinceText: a.provinceText,
		townCode: a.townCode || '',
		townText: a.townText || '',
	};
}

/** Province, city and district codes of a district code (330110 → 330000, 330100, 330110). */
function regionCodes(areaCode) {
	const code = String(areaCode || '');
	return /^\d{6}$/.test(code)
		? {
				areaCode: code,
				districtCode: code,
				cityCode: `${code.slice(0, 4)}00`,
				provinceCode: `${code.slice(0, 2)}0000`,
			}
		: { areaCode: '', districtCode: '', cityCode: '', provinceCode: '' };
}

/** AddressParam of the seller's return address. */
function returnAddress(order) {
	const a = sellerReturnAddress(order.seller);
	return {
		address: a.streetAddress,
		addressId: 0,
		...regionCodes(`${a.townCode}`.slice(0, 6)),
		areaText: a.districtText,
		cityText: a.cityText,
		fullName: a.receiverName,
		mobile: a.mobile,
		phone: a.phone,
		postCode: a.zipCode,
		provinceText: a.provinceText,
		townCode: a.townCode,
		townText: a.townText,
	};
}

/** The answer of solution.get for a refund. */
function solutionModel(refund, order, { grams, volume, sender, receiver }, now) {
	return {
		height: 20,
		length: 30,
		width: 20,
		offerInfoDTOList: order.items
			.filter((it) => refund.entryIds.includes(it.subItemID))
			.map((it) => ({ offerId: long(it.offerId), offerName: it.name })),
		orderEntryIdList: refund.entryIds.map(long),
		orderId: long(order.id),
		receiverInfoDTO: receiver || returnAddress(order),
		sceneCode: 'buyer_refund',
		senderInfoDTO: sender || orderAddress(order),
		signErrorMsg: '',
		solutionDTOList: PLANS.map((plan) => planModel(plan, grams, now)),
		totalVolume: volume,
		totalWeight: grams,
		userAlipaySignUrl:
			'https://mapi.alipay.com/gateway.do?service=alipay.dut.customer.agreement.page.sign&scene=CAINIAO_RETURN',
		userSettled: true,
		vipUser: false,
	};
}

/** `H:mm` or `HH:mm` as minutes, or null. */
function minutes(text) {
	const m = /^(\d{1,2}):(\d{2})$/.exec(String(text ?? '').trim());
	return m && Number(m[1]) < 24 && Number(m[2]) < 60 ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/**
 * The problem with a pickup order's schedule and goods, or null: a plan the refund is offered, a date it offers, a
 * window from 08:00 to 21:00 with its start before its end, a goods type and package count as the pages list them.
 */
function scheduleProblem(param, now) {
	const plan = PLANS.find((p) => p.solutionCode === String(param.solutionCode ?? ''));
	if (!plan) return ['SOLUTION_NOT_EXIST', `上门揽方案不存在: ${param.solutionCode ?? '(empty)'}`];
	if (!planDates(plan, now).includes(String(param.dateStr ?? '')))
		return [
			'APPOINTMENT_TIME_ERROR',
			`上门日期不可预约: ${param.dateStr ?? '(empty)'}，可约 ${planDates(plan, now).join(', ')}`,
		];
	const start = minutes(param.gmtAcceptStart);
	const end = minutes(param.gmtAcceptEnd);
	if (start === null || end === null || start >= end || start < 8 * 60 || end > 21 * 60)
		return [
			'APPOINTMENT_TIME_ERROR',
			`上门时间段不正确: ${param.gmtAcceptStart}-${param.gmtAcceptEnd}`,
		];
	if (!GOODS_TYPES.includes(param.goodsType))
		return ['400', `goodsType must be one of ${GOODS_TYPES.join(', ')}`];
	if (!/^\d+$/.test(String(param.packageCount ?? '')) || Number(param.packageCount) < 1)
		return ['400', 'packageCount must be a whole number from 1'];
	return null;
}

/** The answer of order.get for a pickup order. */
function pickupModel(pickup) {
	const plan = PLANS.find((p) => p.solutionCode === pickup.solutionCode);
	const fee = charge(plan, pickup.grams).totalCost;
	const yuan = (f) => (f / 100).toFixed(2);
	return {
		bizId: pickup.refundId,
		bizType: 'buyer_refund',
		dateStr: pickup.dateStr,
		features: { cpCode: plan.cpCode },
		gmtAcceptStart: `${pickup.dateStr} ${pickup.gmtAcceptStart}`,
		gmtAcceptEnd: `${pickup.dateStr} ${pickup.gmtAcceptEnd}`,
		gmtModified: format1688(pickup.gmtModified),
		id: long(pickup.id),
		lastTraceDetail: pickup.status === 'cancelled' ? '揽收订单已取消' : '已下单，等待快递员上门',
		lastTraceStatus: pickup.status === 'cancelled' ? 'CANCEL' : 'CREATE',
		lastTraceStatusName: pickup.status === 'cancelled' ? '已取消' : '已下单',
		logisticsStatus: pickup.status === 'cancelled' ? 'CANCEL' : 'WAIT_ACCEPT',
		mailNo: pickup.mailNo,
		orderId: pickup.orderId,
		outBizId: '',
		payRecordDTO: {
			amount: fee,
			bizId: pickup.refundId,
			bizType: 'buyer_refund',
			failReason: '',
			gmtCreate: format1688(pickup.gmtCreate),
			gmtModified: format1688(pickup.gmtModified),
			id: long(pickup.id),
			outBizId: '',
			payChannel: 'alipay',
			payType: 'AFTER_PAY',
			status: pickup.status,
			feature: {
				firstWeightUnit: '1',
				firstWeightPrice: yuan(plan.firstFee),
				nextWeightUnit: '1',
				nextWeightPrice: yuan(plan.nextFee),
				totalFee: yuan(fee),
				chargeType: 'weight',
				chargeWeight: String(pickup.grams / 1000),
				refundId: pickup.refundId,
				mailNo: pickup.mailNo,
			},
		},
		receiverInfo: pickup.receiver,
		refundId: pickup.refundId,
		senderInfo: pickup.sender,
		signOfficial: false,
		solutionCode: pickup.solutionCode,
		status: pickup.status,
	};
}

/**
 * The refund a pickup is for: a return-and-refund whose return the seller agreed to (waitbuyersend), of the buyer.
 * @returns {{refund: object, order: object} | {code: string, message: string}}
 */
function returnToCollect(store, refundId) {
	const refund = store.afterSales.get(String(refundId ?? '').trim());
	if (!refund)
		return { code: 'REFUND_NOT_EXIST', message: `退款单不存在: ${refundId ?? '(empty)'}` };
	const order = store.getOrder(refund.orderId);
	if (order.buyer.memberId !== store.member.memberId)
		return { code: 'NO_PERMISSION', message: '无权操作该退款单' };
	if (refund.disputeRequest !== 'returnRefund' || refund.status !== 'waitbuyersend')
		return {
			code: 'REFUND_STATUS_ERROR',
			message: `退款单需为卖家已同意退货(waitbuyersend)的退货退款，当前: ${refund.status}`,
		};
	return { refund, order };
}

/** senderInfo / receiverInfo (AddressParam), given as an object or as its text (…Str); undefined when neither. */
function addressOf(param, name) {
	if (param[name] && typeof param[name] === 'object') return param[name];
	const text = param[`${name}Str`];
	if (!text) return undefined;
	try {
		const parsed = JSON.parse(text);
		return parsed && typeof parsed === 'object' ? parsed : undefined;
	} catch {
		return undefined;
	}
}

module.exports = {
	PLANS,
	CANCEL_TYPES,
	solutionModel,
	scheduleProblem,
	pickupModel,
	orderAddress,
	returnAddress,
	returnToCollect,
	addressOf,
};

'use strict';
/**
 * Views of a stored refund in the shapes of the refund APIs: OpOrderRefundModel (OpQueryOrderRefund,
 * buyer.queryOrderRefundList; OpQueryBatchRefundByOrderIdAndStatus names its flags isXxx) and
 * OpOrderRefundOperationModel (the operation records), with the error envelope those query APIs share.
 * Amounts in fen, times `yyyyMMddHHmmssSSS+0800`, IDs as Long literals (the refund number has 17 digits).
 */
const { format1688 } = require('../protocol/dates');
const { long } = require('../protocol/json');
const { addressLine } = require('../data/afterSales');
const { OPERATIONS } = require('../data/refundRules');

/**
 * The envelope of createRefund, getRefundReasonList, uploadRefundVoucher and getMaxRefundFee:
 * {"result":{"code","message","result","success"}} (their doc pages' Result models).
 */
const tradeOk = (result, extra = {}) => ({
	result: { code: null, message: null, result, ...extra, success: true },
});
const tradeFail = (code, message) => ({ result: { success: false, code: String(code), message } });

const time = (ms) => (ms ? format1688(ms) : undefined);
const nonEmpty = (text) => (text ? text : undefined);

/** The buyer's refund `refundId` names, or the query APIs' error answer (their doc pages' 500 with a JSON message). */
function findRefund(store, refundId) {
	const refund = store.afterSales.get(String(refundId || '').trim());
	if (!refund)
		return {
			error: queryError(
				'003002',
				'SERVICE:INVOKE_FAIL:退款单数据错误，请检查退款单号，退款单号格式一般为TQ+id',
				`errorCode:REFUND_DATA_ERROR,errorMsg:refundId : ${refundId},cause:null`,
				'退款单错误',
			),
		};
	const order = store.getOrder(refund.orderId);
	if (order.buyer.memberId !== store.member.memberId)
		return {
			error: queryError(
				'003',
				'SERVICE: failed to query data, please check the input parameters and try again.',
				'',
				'非授权用户的退款单',
			),
		};
	return { refund, order };
}

/**
 * The error of the refund query APIs: `{"errorCode":"500","errorMessage":"{\"errorCode\":\"003002\",…}","extErrorMessage"}`
 * (OpQueryOrderRefund-1, OpQueryOrderRefundOperationList-1, OpQueryBatchRefundByOrderIdAndStatus-1, Error codes).
 */
function queryError(innerCode, message, cause, extErrorMessage) {
	return {
		errorCode: '500',
		errorMessage: JSON.stringify({ errorCode: innerCode, errorMessage: message, cause }),
		extErrorMessage,
	};
}

function logisticsCompany(company, at) {
	return company
		? {
				companyName: company.companyName,
				companyNo: company.companyNo,
				companyPhone: '95311',
				gmtModified: time(at),
				id: 352,
				spelling: '',
				supportPrint: false,
			}
		: undefined;
}

/** @param {object} refund @param {object} op one of refund.operations */
function toOperationModel(refund, op, order) {
	const role = { apply: 1, returnShipped: 1, cancel: 1, arbitration: 1, close: 3 }[op.kind] ?? 2;
	const party = role === 1 ? order.buyer : role === 2 ? order.seller : null;
	return {
		afterOperateStatus: op.after ?? undefined,
		beforeOperateStatus: op.before ?? undefined,
		closeRefundStepId: 0,
		crmModifyRefund: false,
		discription: op.text,
		freightBill: nonEmpty(op.freightBill),
		gmtCreate: time(op.at),
		gmtModified: time(op.at),
		id: long(op.id),
		messageStatus: 1,
		msgType: 7,
		operateRemark: remarkOf(op),
		operateTypeInt: typeOf(op),
		operatorLoginId: party ? party.loginId : 'system',
		operatorRoleId: role,
		operatorUserId: party ? long(party.userId) : undefined,
		refundAddress: nonEmpty(op.refundAddress),
		refundId: refund.refundId,
		rejectReason: nonEmpty(op.rejectReason),
		vouchers: op.vouchers && op.vouchers.length ? op.vouchers : undefined,
		logisticsCompany: logisticsCompany(op.company, op.at),
	};
}

const remarkOf = (op) => OPERATIONS[op.kind].remark;
const typeOf = (op) => OPERATIONS[op.kind].type;

/** The operation records, newest first (as the doc samples list them). */
function operationModels(refund, order) {
	return [...refund.operations].reverse().map((op) => toOperationModel(refund, op, order));
}

/** Flags whose names OpQueryBatchRefundByOrderIdAndStatus prefixes with `is`. */
const FLAGS = [
	'crmModifyRefund',
	'timeOutFreeze',
	'insufficientAccount',
	'goodsReceived',
	'onlyRefund',
	'refundGoods',
	'sellerDelayDisburse',
	'aftersaleAutoDisburse',
	'supportNewSteppay',
	'newRefundReturn',
	'buyerSendGoods',
	'aftersaleAgreeTimeout',
	'insufficientBail',
];

/**
 * OpOrderRefundModel of a refund. @param {{operations?: boolean, isFlags?: boolean}} [o] operations: with the
 * records (refundOperationList, else empty as the list samples give it); isFlags: the batch API's flag names.
 */
function toRefundModel(refund, order, o = {}) {
	const a = refund.sellerAddress;
	const flags = {
		aftersaleAgreeTimeout: false,
		aftersaleAutoDisburse: false,
		buyerSendGoods: refund.buyerSendGoods,
		crmModifyRefund: false,
		goodsReceived: refund.goodsStatus >= 2,
		insufficientAccount: false,
		insufficientBail: false,
		newRefundReturn: true,
		onlyRefund: refund.disputeRequest === 'refund',
		refundGoods: refund.disputeRequest === 'returnRefund',
		sellerDelayDisburse: false,
		supportNewSteppay: true,
		timeOutFreeze: false,
	};
	const model = {
		alipayPaymentId: order.alipayTradeId,
		applyCarriage: refund.applyCarriage,
		applyPayment: refund.applyPayment,
		applyReason: refund.reasonName,
		applyReasonId: refund.reasonId,
		applySubReasonId: -1,
		buyerLogisticsName: refund.returnCompany ? refund.returnCompany.companyName : undefined,
		buyerMemberId: order.buyer.memberId,
		buyerUserId: long(order.buyer.userId),
		canRefundPayment: refund.applyPayment,
		// 1 refund only, 3 return and refund (the doc samples' return-and-refund refunds carry 3).
		disputeRequest: refund.disputeRequest === 'returnRefund' ? 3 : 1,
		// 1 in-sale, 2 after-sale.
		disputeType: refund.stage === 'insale' ? 1 : 2,
		extInfo: {
			bizCode: 'cbu.general.refund',
			payMode: 'alipay',
			reason: String(refund.reasonId),
			refundPostFee: String(refund.applyCarriage),
		},
		freightBill: nonEmpty(refund.freightBill),
		frozenFund: -1,
		gmtApply: time(refund.gmtApply),
		gmtCompleted: time(refund.gmtCompleted),
		gmtCreate: time(refund.gmtApply),
		gmtModified: time(refund.gmtModified),
		gmtTimeOut: refund.status === 'waitselleragree' ? time(refund.gmtTimeOut) : undefined,
		goodsStatus: refund.goodsStatus,
		id: long(refund.id),
		orderEntryCountMap: { ...refund.entryCounts },
		orderEntryIdList: refund.entryIds.map(long),
		orderId: long(order.id),
		productName: refund.productName,
		refundCarriage: refund.refundCarriage,
		refundId: refund.refundId,
		refundPayment: refund.refundPayment,
		rejectReason: nonEmpty(refund.rejectReason),
		rejectReasonId: refund.rejectReasonId,
		rejectTimes: refund.rejectTimes,
		sellerMemberId: order.seller.memberId,
		sellerMobile: a ? a.mobile : undefined,
		sellerRealName: a ? a.receiverName : undefined,
		sellerReceiveAddress: a ? addressLine(a) : undefined,
		sellerTel: a ? a.phone : undefined,
		sellerUserId: long(order.seller.userId),
		status: refund.status,
		tradeTypeStr: order.tradeType,
		refundOperationList: o.operations ? operationModels(refund, order) : [],
		buyerLoginId: order.buyer.loginId,
		sellerLoginId: order.seller.loginId,
		refundOfficialSolutionCost: refund.officialSolutionCost,
	};
	if (!o.isFlags) return { ...model, ...flags };
	const prefixed = Object.fromEntries(
		FLAGS.map((flag) => [`is${flag[0].toUpperCase()}${flag.slice(1)}`, flags[flag]]),
	);
	return { ...model, ...prefixed, success: true };
}

module.exports = {
	tradeOk,
	tradeFail,
	toRefundModel,
	operationModels,
	findRefund,
	queryError,
};

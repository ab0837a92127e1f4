import { fromGatewayTime } from './chinaTime';
import { fenToYuan } from './simplifyOrder';
import {
	asArray,
	asBoolean,
	asId,
	asIds,
	asNumber,
	asObject,
	asText,
	compact,
	type Json,
} from './values';
import { refundStatusWords } from '../refundStatus';

/**
 * Refunds as Refund → Get, Get Many, Get for Order emit them with Simplify on: amounts in yuan (1688 gives fen),
 * times ISO 8601 (+08:00), statuses in words with their code beside, sub-order IDs as exact strings.
 * (OpOrderRefundModel of alibaba.trade.refund.OpQueryOrderRefund-1 and queryOrderRefundList-1; the batch API of
 * OpQueryBatchRefundByOrderIdAndStatus-1 prefixes its flags with `is`.)
 */
export interface SimpleRefund extends Json {
	refundId?: string;
	orderId?: string;
	status?: string;
	statusCode?: string;
	/** `refund` (refund only) or `returnRefund` (return and refund), as Refund → Create takes them. */
	type?: string;
	stage?: string;
	goods?: string;
	reason?: string;
	reasonId?: string;
	requestedAmount?: number;
	requestedShipping?: number;
	refundedAmount?: number;
	refundedShipping?: number;
	currency: string;
	subOrderIds: string[];
	quantities?: Record<string, number>;
	product?: string;
	seller?: { loginId?: string; memberId?: string };
	rejectReason?: string;
	returnWaybill?: string;
	returnCarrier?: string;
	sellerReturnAddress?: { name?: string; mobile?: string; phone?: string; address?: string };
	appliedAt?: string;
	modifiedAt?: string;
	completedAt?: string;
	sellerDeadline?: string;
	history?: SimpleRefundStep[];
}

/** One operation record of a refund (OpOrderRefundOperationModel). */
export interface SimpleRefundStep extends Json {
	at?: string;
	by?: string;
	action?: string;
	description?: string;
	statusBefore?: string;
	statusAfter?: string;
	rejectReason?: string;
	returnWaybill?: string;
	returnCarrier?: string;
	returnAddress?: string;
	vouchers?: string[];
}

/** goodsStatus of a refund model: 1 not received, 2 received, 3 returned (the pages' field tables). */
const GOODS = { 1: 'not received', 2: 'received', 3: 'returned' } as Record<string, string>;
/** disputeType: 1 in-sale refund, 2 after-sale (queryOrderRefundList-1's dipsuteType filter). */
const STAGES = { 1: 'in-sale', 2: 'after-sale' } as Record<string, string>;
/** operatorRoleId: "buyer, seller, system" (the pages); 1688's samples give 1 for the buyer and 2 for the seller. */
const ROLES = { 1: 'buyer', 2: 'seller', 3: 'system' } as Record<string, string>;

const CURRENCY = 'CNY';

/** A flag under its plain name or the batch API's `is` name. */
function flag(model: Json, name: string): boolean | undefined {
	return asBoolean(model[name]) ?? asBoolean(model[`is${name[0].toUpperCase()}${name.slice(1)}`]);
}

function typeOf(model: Json): string | undefined {
	if (flag(model, 'refundGoods') === true) return 'returnRefund';
	if (flag(model, 'onlyRefund') === true) return 'refund';
	// The doc samples' return-and-refund refunds carry disputeRequest 3.
	const request = asNumber(model.disputeRequest);
	return request === undefined ? undefined : request === 3 ? 'returnRefund' : 'refund';
}

function quantities(map: unknown): Record<string, number> | undefined {
	const entries = Object.entries(asObject(map))
		.map(([id, count]) => [id, asNumber(count)] as const)
		.filter((entry): entry is readonly [string, number] => entry[1] !== undefined);
	return entries.length ? Object.fromEntries(entries) : undefined;
}

function nonEmpty<T extends Json>(record: T): T | undefined {
	const compacted = compact(record);
	return Object.keys(compacted).length ? compacted : undefined;
}

export function simplifyRefundStep(operation: unknown): SimpleRefundStep {
	const step = asObject(operation);
	const vouchers = Array.isArray(step.vouchers)
		? step.vouchers.map(asText).filter((v): v is string => v !== undefined)
		: [];
	return compact({
		at: fromGatewayTime(step.gmtCreate),
		by: ROLES[String(step.operatorRoleId)] ?? asText(step.operatorRoleId),
		action: asText(step.operateRemark),
		description: asText(step.discription),
		statusBefore: refundStatusWords(asText(step.beforeOperateStatus)),
		statusAfter: refundStatusWords(asText(step.afterOperateStatus)),
		rejectReason: asText(step.rejectReason),
		returnWaybill: asText(step.freightBill),
		returnCarrier: asText(asObject(step.logisticsCompany).companyName),
		returnAddress: asText(step.refundAddress),
		vouchers: vouchers.length ? vouchers : undefined,
	});
}

/** One refund (an OpOrderRefundModel), with its operation records as `history` when 1688 sent them. */
export function simplifyRefund(refundModel: unknown): SimpleRefund {
	const model = asObject(refundModel);
	const status = asText(model.status);
	const history = asArray(model.refundOperationList).map(simplifyRefundStep);
	const entryIds = asIds(model.orderEntryIdList);
	return compact({
		refundId: asText(model.refundId),
		orderId: asId(model.orderId),
		status: refundStatusWords(status),
		statusCode: status,
		type: typeOf(model),
		stage: STAGES[String(model.disputeType)],
		goods: GOODS[String(model.goodsStatus)],
		reason: asText(model.applyReason),
		reasonId: asId(model.applyReasonId),
		requestedAmount: fenToYuan(model.applyPayment),
		requestedShipping: fenToYuan(model.applyCarriage),
		refundedAmount: fenToYuan(model.refundPayment),
		refundedShipping: fenToYuan(model.refundCarriage),
		currency: CURRENCY,
		subOrderIds: entryIds,
		quantities: quantities(model.orderEntryCountMap),
		product: asText(model.productName),
		seller: nonEmpty({
			loginId: asText(model.sellerLoginId),
			memberId: asText(model.sellerMemberId),
		}),
		rejectReason: asText(model.rejectReason),
		returnWaybill: asText(model.freightBill),
		returnCarrier: asText(model.buyerLogisticsName),
		sellerReturnAddress: nonEmpty({
			name: asText(model.sellerRealName),
			mobile: asText(model.sellerMobile),
			phone: asText(model.sellerTel),
			address: asText(model.sellerReceiveAddress),
		}),
		appliedAt: fromGatewayTime(model.gmtApply),
		modifiedAt: fromGatewayTime(model.gmtModified),
		completedAt: fromGatewayTime(model.gmtCompleted),
		sellerDeadline: fromGatewayTime(model.gmtTimeOut),
		history: history.length ? history : undefined,
	});
}

/** A refund reason (getRefundReasonList-1's OrderRefundReasonModel). */
export interface SimpleRefundReason extends Json {
	reasonId?: string;
	name?: string;
	/** "true" means evidence must be uploaded (needVoucher). */
	evidenceRequired?: boolean;
	/** false when 1688 refunds no shipping for this reason (noRefundCarriage). */
	shippingRefundable?: boolean;
	tip?: string;
}

export function simplifyRefundReason(reasonModel: unknown): SimpleRefundReason {
	const reason = asObject(reasonModel);
	const noCarriage = asBoolean(reason.noRefundCarriage);
	return compact({
		reasonId: asId(reason.id),
		name: asText(reason.name),
		evidenceRequired: asBoolean(reason.needVoucher),
		shippingRefundable: noCarriage === undefined ? undefined : !noCarriage,
		tip: asText(reason.tip),
	});
}

/** The reasons of a getRefundReasonList answer (`result.result.reasons`). */
export function refundReasonsOf(response: unknown): Json[] {
	return asArray(asObject(asObject(asObject(response).result).result).reasons);
}

/** getMaxRefundFee-1's OpMaxRefundFeeModel in yuan. */
export function simplifyMaxRefund(maxModel: unknown): Json {
	const max = asObject(maxModel);
	return compact({
		maxGoods: fenToYuan(max.maxGoodsFee),
		maxShipping: fenToYuan(max.maxPostFee),
		maxTotal: fenToYuan(max.maxRefundFee),
		maxPickupServiceFee: fenToYuan(max.maxSubstituteFetchFee),
		currency: CURRENCY,
	});
}

/** One return address of refund.address.get-1 (RefundAddressInfoModel), with the whole address in one line. */
export function simplifyReturnAddress(addressModel: unknown): Json {
	const a = asObject(addressModel);
	const parts = [a.provinceText, a.cityText, a.districtText, a.townText, a.streetAddress]
		.map(asText)
		.filter((part) => part !== undefined);
	return compact({
		offerId: asId(a.offerId),
		name: asText(a.receiverName),
		mobile: asText(a.mobile),
		phone: asText(a.phone) ?? asText(a.contactPhone),
		address: parts.length ? parts.join(' ') : undefined,
		province: asText(a.provinceText),
		city: asText(a.cityText),
		district: asText(a.districtText),
		town: asText(a.townText),
		street: asText(a.streetAddress),
		postCode: asText(a.zipCode),
	});
}

/** A logistics company of OpQueryLogisticCompanyList-1: its code (what a return shipment names), name and phone. */
export function simplifyCarrier(companyModel: unknown): Json {
	const company = asObject(companyModel);
	return compact({
		code: asText(company.companyNo),
		name: asText(company.companyName),
		phone: asText(company.companyPhone),
		id: asId(company.id),
	});
}

function slots(plan: Json): Json[] {
	return asArray(asObject(plan.appointmentTimeDTO).timeSlotDTOList).map((slot) =>
		compact({ date: asText(slot.dateStr), from: asText(slot.gmtStart), to: asText(slot.gmtEnd) }),
	);
}

/**
 * The pickup plans of refundofficialdelivery.solution.get-1 (OfficialDeliverySolutionResult), one entry per plan:
 * its code (what a pickup order names), carrier, fee in yuan and the time slots that can be booked.
 */
export function simplifyPickupPlans(solutionResult: unknown): Json[] {
	const result = asObject(solutionResult);
	return asArray(result.solutionDTOList).map((plan) => {
		const charge = asObject(plan.chargeDetailDTO);
		return compact({
			solutionCode: asText(plan.solutionCode),
			name: asText(plan.solutionName),
			carrier: asText(plan.cpName),
			carrierCode: asText(plan.cpCode),
			service: asText(plan.serviceTypeName),
			fee: fenToYuan(charge.totalCost),
			feeBeforeDiscount: fenToYuan(charge.originTotalCost),
			currency: CURRENCY,
			delivery: asText(asObject(plan.deliveryTimeDTO).deliveryText),
			slots: slots(plan),
			priority: asNumber(plan.priority),
			remark: asText(plan.remark),
		});
	});
}

function addressLine(addressModel: unknown): string | undefined {
	const a = asObject(addressModel);
	const parts = [a.provinceText, a.cityText, a.areaText, a.townText, a.address]
		.map(asText)
		.filter((part) => part !== undefined);
	return parts.length ? parts.join(' ') : undefined;
}

/** A pickup order of refundofficialdelivery.order.get-1 (OfficialDeliveryOrderInfo). */
export function simplifyPickupOrder(orderInfo: unknown): Json {
	const info = asObject(orderInfo);
	const pay = asObject(info.payRecordDTO);
	return compact({
		pickupOrderId: asId(info.id),
		refundId: asText(info.refundId) ?? asText(info.bizId),
		orderId: asId(info.orderId),
		status: asText(info.status),
		date: asText(info.dateStr),
		from: asText(info.gmtAcceptStart),
		to: asText(info.gmtAcceptEnd),
		waybill: asText(info.mailNo),
		solutionCode: asText(info.solutionCode),
		trackingStatus: asText(info.lastTraceStatusName) ?? asText(info.lastTraceStatus),
		trackingDetail: asText(info.lastTraceDetail),
		fee: fenToYuan(pay.amount),
		currency: CURRENCY,
		sender: addressLine(info.senderInfo),
		receiver: addressLine(info.receiverInfo),
		modifiedAt: fromGatewayTime(info.gmtModified),
	});
}

/** What Refund → Create asked for, beside 1688's answer. */
export interface RefundRequestSummary {
	orderId: string;
	type: string;
	goodsStatus: string;
	subOrderIds: string[];
	/** Fen, as sent. */
	applyPayment: number;
	applyCarriage: number;
	vouchers: string[];
}

/**
 * A created refund (createRefund-1's OrderRefundCreateResult in `result.result`) with what was asked: the new
 * refund waits for the seller. Amounts in yuan.
 */
export function simplifyCreatedRefund(response: unknown, request: RefundRequestSummary): Json {
	const created = asObject(asObject(asObject(response).result).result);
	return compact({
		refundId: asText(created.refundId),
		created: true,
		alreadyExisted: false,
		orderId: request.orderId,
		status: refundStatusWords('waitselleragree'),
		statusCode: 'waitselleragree',
		type: request.type,
		goodsStatus: request.goodsStatus,
		subOrderIds: request.subOrderIds,
		requestedAmount: fenToYuan(request.applyPayment),
		requestedShipping: fenToYuan(created.innerPostFee ?? request.applyCarriage),
		currency: CURRENCY,
		reasonId: asId(created.innerReasonId),
		reason: asText(created.innerReason),
		evidence: request.vouchers,
		pickupServiceFee: fenToYuan(created.refundOfficialSolutionCost),
	});
}

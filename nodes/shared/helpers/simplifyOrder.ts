import { fromGatewayTime } from './chinaTime';
import { asArray, asBoolean, asId, asNumber, asObject, asText, compact, type Json } from './values';

/** 1688 trades in renminbi; the order APIs name the currency only on cross-border orders. */
const DEFAULT_CURRENCY = 'CNY';

/** The flat order shape Order → Get and Order → Get Many emit with Simplify on. */
export interface SimpleOrderItem extends Json {
	/** The line's own ID (subItemID, 18-19 digits): what refunds and returns name a sub-order by. */
	subOrderId?: string;
	offerId?: string;
	skuId?: string;
	specId?: string;
	title?: string;
	quantity?: number;
	price?: number;
}

export interface SimpleOrder extends Json {
	orderId?: string;
	status?: string;
	total?: number;
	shippingFee?: number;
	currency: string;
	createdAt?: string;
	paidAt?: string;
	modifiedAt?: string;
	outOrderId?: string;
	seller: { loginId?: string; company?: string };
	items: SimpleOrderItem[];
	receiver: { name?: string; phone?: string; address?: string };
}

/** Amounts the order-creation APIs give in fen (1/100 yuan), as yuan. */
export function fenToYuan(value: unknown): number | undefined {
	const fen = asNumber(value);
	return fen === undefined ? undefined : Math.round(fen) / 100;
}

/**
 * The receiver's address in one line, `浙江省 杭州市 滨江区 长河街道 网商路699号`, from the order's
 * `nativeLogistics`; `receiverInfo.toArea` when the order has no logistics block.
 */
function fullAddress(logistics: Json, receiverInfo: Json): string | undefined {
	const region = [logistics.province, logistics.city, logistics.area, logistics.town]
		.map(asText)
		.filter((part): part is string => part !== undefined);
	const street = asText(logistics.address);
	// Some orders carry the whole address, region included, in `address`.
	if (street && region.length > 0 && street.startsWith(region[0])) return street;
	const joined = [...region, street].filter((part) => part !== undefined).join(' ');
	return joined || asText(receiverInfo.toArea);
}

function simplifyItem(item: Json): SimpleOrderItem {
	return compact({
		subOrderId: asId(item.subItemIDString) ?? asId(item.subItemID),
		offerId: asId(item.productID),
		skuId: asId(item.skuID),
		specId: asText(item.specId),
		title: asText(item.name),
		quantity: asNumber(item.quantity),
		price: asNumber(item.price),
	});
}

/** Simplifies one `TradeInfo` (alibaba.trade.get.buyerView's `result`, an entry of getBuyerOrderList). */
export function simplifyOrder(tradeInfo: unknown): SimpleOrder {
	const trade = asObject(tradeInfo);
	const base = asObject(trade.baseInfo);
	const sellerContact = asObject(base.sellerContact);
	const receiverInfo = asObject(base.receiverInfo);
	const logistics = asObject(trade.nativeLogistics);
	return compact({
		orderId: asId(base.idOfStr) ?? asId(base.id),
		status: asText(base.status),
		total: asNumber(base.totalAmount),
		shippingFee: asNumber(base.shippingFee),
		currency: asText(base.currency) ?? DEFAULT_CURRENCY,
		createdAt: fromGatewayTime(base.createTime),
		paidAt: fromGatewayTime(base.payTime),
		modifiedAt: fromGatewayTime(base.modifyTime),
		outOrderId: asText(base.outOrderId),
		seller: compact({
			loginId: asText(base.sellerLoginId) ?? asText(sellerContact.imInPlatform),
			company: asText(sellerContact.companyName) ?? asText(sellerContact.shopName),
		}),
		items: asArray(trade.productItems).map(simplifyItem),
		receiver: compact({
			name: asText(logistics.contactPerson) ?? asText(receiverInfo.toFullName),
			phone:
				asText(logistics.mobile) ??
				asText(receiverInfo.toMobile) ??
				asText(logistics.telephone) ??
				asText(receiverInfo.toPhone),
			address: fullAddress(logistics, receiverInfo),
		}),
	});
}

export interface SimpleOrderPreview extends Json {
	flow?: string;
	total?: number;
	goodsTotal?: number;
	shippingFee?: number;
	discount?: number;
	additionalFee?: number;
	currency: string;
	tradeTypes: string[];
	items: Json[];
}

/**
 * Simplifies alibaba.createOrder.preview: one entry per order 1688 would create (it splits a cart
 * by seller or trade flow), amounts in yuan instead of fen.
 */
export function simplifyOrderPreview(response: unknown): SimpleOrderPreview[] {
	return asArray(asObject(response).orderPreviewResuslt).map((preview) =>
		compact({
			flow: asText(preview.flowFlag),
			total: fenToYuan(preview.sumPayment),
			goodsTotal: fenToYuan(preview.sumPaymentNoCarriage),
			shippingFee: fenToYuan(preview.sumCarriage),
			discount: fenToYuan(preview.discountFee),
			additionalFee: fenToYuan(preview.additionalFee),
			currency: DEFAULT_CURRENCY,
			tradeTypes: (Array.isArray(preview.tradeModeNameList) ? preview.tradeModeNameList : [])
				.map(asText)
				.filter((name): name is string => name !== undefined),
			items: asArray(preview.cargoList).map((cargo) =>
				compact({
					offerId: asId(cargo.offerId),
					skuId: asId(cargo.skuId),
					specId: asText(cargo.specId),
					unitPrice: asNumber(cargo.finalUnitPrice),
					amount: asNumber(cargo.amount),
				}),
			),
		}),
	);
}

export interface SimpleCreatedOrder extends Json {
	orderId?: string;
	total?: number;
	shippingFee?: number;
	currency: string;
	outOrderId?: string;
	failedOffers: Json[];
	/** The account period the order is paid in (account-period payment): tapType, tapDate, tapOverdue. */
	accountPeriod?: Json;
	/** Set when 1688 named the created order but flagged its answer `success: false`. */
	warning?: string;
}

function failedOffers(result: Json): Json[] {
	return asArray(result.failedOfferList).map((failed) =>
		compact({
			offerId: asId(failed.offerId),
			specId: asText(failed.specId),
			errorCode: asText(failed.errorCode),
			errorMessage: asText(failed.errorMessage) ?? asText(failed.errorMsg),
		}),
	);
}

/**
 * An order-creation answer's result: its `result`, or the answer itself when it comes without that
 * envelope (createCrossOrder's doc page shows its single-order returns so).
 */
function creationResult(response: unknown): Json {
	const answer = asObject(response);
	return answer.result === undefined ? answer : asObject(answer.result);
}

/**
 * The note for an order 1688 created although its answer says `success: false` (createCrossOrder's doc
 * samples for Alipay and account-period payment show an orderId beside success false): the order exists,
 * so it is reported, with the flag's code and message when 1688 gives them.
 */
function successFalseWarning(response: unknown): string | undefined {
	const flagged = [asObject(response), creationResult(response)].find(
		(envelope) => asBoolean(envelope.success) === false,
	);
	if (!flagged) return undefined;
	const detail = [
		asText(flagged.code) ?? asText(flagged.errorCode),
		asText(flagged.message) ?? asText(flagged.errorMessage),
	]
		.filter((part) => part !== undefined)
		.join(': ');
	return `1688 created this order but answered success: false${detail ? ` (${detail})` : ''}; check it with Order → Get before paying, and do not place it again`;
}

function accountPeriodOf(result: Json): Json | undefined {
	const period = asObject(result.accountPeriod);
	return Object.keys(period).length > 0 ? period : undefined;
}

/** Simplifies an order-creation answer with one order (fastCreateOrder, createCrossOrder); amounts in yuan instead of fen. */
export function simplifyCreatedOrder(response: unknown, outOrderId?: string): SimpleCreatedOrder {
	const result = creationResult(response);
	return compact({
		orderId: asId(result.orderId),
		total: fenToYuan(result.totalSuccessAmount),
		shippingFee: fenToYuan(result.postFee),
		currency: DEFAULT_CURRENCY,
		outOrderId,
		failedOffers: failedOffers(result),
		accountPeriod: accountPeriodOf(result),
		warning: successFalseWarning(response),
	});
}

/**
 * Every order an order-creation answer reports, one entry each: createCrossOrder creates several at once "in
 * some special cases" and then lists them in `result.orderList` (orderId, orderAmmount (sic) and postFee in fen)
 * instead of `result.orderId` (its doc page and sample).
 */
export function simplifyCreatedOrders(
	response: unknown,
	outOrderId?: string,
): SimpleCreatedOrder[] {
	const result = creationResult(response);
	const orderList = asArray(result.orderList);
	if (orderList.length === 0) return [simplifyCreatedOrder(response, outOrderId)];
	const warning = successFalseWarning(response);
	return orderList.map((order) =>
		compact({
			orderId: asId(order.orderId),
			total: fenToYuan(order.orderAmmount ?? order.orderAmount),
			shippingFee: fenToYuan(order.postFee),
			currency: DEFAULT_CURRENCY,
			outOrderId,
			failedOffers: failedOffers(result),
			warning,
		}),
	);
}

'use strict';
/**
 * Validation shared by order preview and order creation: addressParam and cargoParamList,
 * with the error codes documented for alibaba.createOrder.preview (500_001 … 500_005).
 */
const { unitPrice, round2 } = require('../data/seed');

const ADDRESS_FIELDS = ['fullName', 'mobile', 'provinceText', 'cityText', 'address'];

/**
 * @returns {{address?: object, lines?: {offer, sku, quantity, price, amount}[], error?: {errorCode: string, message: string}}}
 */
function checkOrderInput(params, store) {
	let address;
	let cargo;
	try {
		address = JSON.parse(params.addressParam || '');
	} catch {
		return { error: { errorCode: '400_1', message: 'addressParam must be a JSON object' } };
	}
	try {
		cargo = JSON.parse(params.cargoParamList || '');
	} catch {
		return { error: { errorCode: '400_1', message: 'cargoParamList must be a JSON array' } };
	}
	if (!address || typeof address !== 'object' || Array.isArray(address)) return { error: { errorCode: '400_1', message: 'addressParam must be a JSON object' } };
	const missing = ADDRESS_FIELDS.filter((f) => !String(address[f] ?? '').trim());
	if (missing.length) return { error: { errorCode: '400_1', message: `addressParam lacks ${missing.join(', ')}` } };
	if (!Array.isArray(cargo) || cargo.length === 0) return { error: { errorCode: '400_1', message: 'cargoParamList must be a non-empty JSON array' } };
	const lines = [];
	let sellerId = null;
	for (const c of cargo) {
		const offer = store.getOffer(c.offerId);
		if (!offer || offer.status !== 'published') return { error: { errorCode: '500_001', message: `商品[${c.offerId}]不支持在线交易，无法下单` } };
		if (sellerId && offer.seller.memberId !== sellerId) return { error: { errorCode: '500_002', message: `商品[${c.offerId}]不属于同一卖家` } };
		sellerId = offer.seller.memberId;
		let sku;
		if (c.specId) {
			sku = store.findSku(offer, { specId: c.specId });
			if (!sku) return { error: { errorCode: '500_003', message: `规格[${c.specId}]不属于商品[${c.offerId}]` } };
		} else if (offer.skus.length === 1) {
			sku = offer.skus[0];
		} else {
			return { error: { errorCode: '500_002', message: `商品[${c.offerId}]未指定specId` } };
		}
		const quantity = Number(c.quantity);
		if (!Number.isFinite(quantity) || quantity <= 0 || !Number.isInteger(quantity)) return { error: { errorCode: '400_1', message: `quantity of ${c.offerId} must be a positive integer` } };
		if (quantity < offer.minOrderQuantity) return { error: { errorCode: '500_005', message: `商品[${c.offerId}]的购买数量不满足起批量限制（${offer.minOrderQuantity}）` } };
		const already = lines.filter((l) => l.sku === sku).reduce((n, l) => n + l.quantity, 0);
		if (quantity + already > sku.amountOnSale) return { error: { errorCode: '500_004', message: `商品[${c.offerId}_${sku.specId}]库存不足，请核实库存后再下单` } };
		const price = unitPrice(offer, sku, quantity);
		lines.push({ offer, sku, quantity, price, amount: round2(price * quantity) });
	}
	return {
		address: {
			fullName: address.fullName, mobile: address.mobile, phone: address.phone || '', postCode: address.postCode || '',
			provinceText: address.provinceText, cityText: address.cityText, areaText: address.areaText || '', townText: address.townText || '',
			address: address.address, areaCode: address.districtCode || '',
		},
		lines,
	};
}

const fen = (yuan) => Math.round(yuan * 100);

module.exports = { checkOrderInput, fen };

'use strict';
/**
 * Validation shared by order preview and order creation: addressParam and cargoParamList,
 * with the error codes documented for alibaba.createOrder.preview (500_001 … 500_005).
 *
 * addressParam takes three forms, in this priority (createCrossOrder's doc, "Shipping address description"):
 * 1. {"addressId"} a saved address of the buyer (alibaba.trade.receiveAddress.get);
 * 2. {"districtCode", "address", "fullName", "mobile", …} an address code (alibaba.trade.addresscode.parse);
 * 3. province/city/district as text.
 */
const { objectJsonParam } = require('../protocol/params');
const { unitPrice, round2 } = require('../data/seed');
const { districtByCode, overseasByCode } = require('../data/regions');

const ADDRESS_FIELDS = ['fullName', 'mobile', 'provinceText', 'cityText', 'address'];
const CODED_ADDRESS_FIELDS = ['fullName', 'mobile', 'address'];

const present = (value) => value !== undefined && value !== null && String(value).trim() !== '';
const addressError = (message, errorCode = '400_1') => ({ error: { errorCode, message } });

/** @returns {{address?: object, error?: object}} the delivery address as orders store it */
function readAddress(param, store) {
	if (present(param.addressId)) {
		const saved = store.getSavedAddress(param.addressId);
		// The message createCrossOrder's doc gives for an unknown addressId.
		if (!saved) return addressError('AddressId invalid:AddressId invalid', '400');
		const d = districtByCode(saved.addressCode);
		return {
			address: {
				fullName: saved.fullName,
				mobile: saved.mobilePhone,
				phone: saved.phone || '',
				postCode: saved.post,
				provinceText: d.province,
				cityText: d.city,
				areaText: d.district,
				townText: saved.townName,
				address: saved.address,
				areaCode: saved.addressCode,
				addressId: saved.id,
			},
		};
	}
	if (present(param.districtCode)) {
		const missing = CODED_ADDRESS_FIELDS.filter((f) => !present(param[f]));
		if (missing.length) return addressError(`addressParam lacks ${missing.join(', ')}`);
		const code = String(param.districtCode).trim();
		const region = districtByCode(code);
		const overseas = region ? null : overseasByCode(code);
		if (!region && !overseas)
			return addressError(`districtCode ${code} is not a known address code`);
		return {
			address: {
				fullName: param.fullName,
				mobile: param.mobile,
				phone: param.phone || '',
				postCode: param.postCode || (region ? region.postCode : ''),
				provinceText: region ? region.province : overseas.province,
				cityText: region ? region.city : overseas.city,
				areaText: region ? region.district : overseas.area,
				townText: param.townText || '',
				address: param.address,
				areaCode: code,
				...(overseas ? { country: overseas.country } : {}),
			},
		};
	}
	const missing = ADDRESS_FIELDS.filter((f) => !present(param[f]));
	if (missing.length) return addressError(`addressParam lacks ${missing.join(', ')}`);
	return {
		address: {
			fullName: param.fullName,
			mobile: param.mobile,
			phone: param.phone || '',
			postCode: param.postCode || '',
			provinceText: param.provinceText,
			cityText: param.cityText,
			areaText: param.areaText || '',
			townText: param.townText || '',
			address: param.address,
			areaCode: '',
		},
	};
}

/**
 * @returns {{address?: object, lines?: {offer, sku, quantity, price, amount}[], error?: {errorCode: string, message: string}}}
 */
function checkOrderInput(params, store) {
	const { value: address, problem } = objectJsonParam(params, 'addressParam');
	if (problem)
		return { error: { errorCode: '400_1', message: 'addressParam must be a JSON object' } };
	let cargo;
	try {
		cargo = JSON.parse(params.cargoParamList || '');
	} catch {
		return { error: { errorCode: '400_1', message: 'cargoParamList must be a JSON array' } };
	}
	const delivery = readAddress(address, store);
	if (delivery.error) return delivery;
	if (!Array.isArray(cargo) || cargo.length === 0)
		return {
			error: { errorCode: '400_1', message: 'cargoParamList must be a non-empty JSON array' },
		};
	const lines = [];
	let sellerId = null;
	for (const c of cargo) {
		const offer = store.getOffer(c.offerId);
		if (!offer || offer.status !== 'published')
			return {
				error: { errorCode: '500_001', message: `商品[${c.offerId}]不支持在线交易，无法下单` },
			};
		if (sellerId && offer.seller.memberId !== sellerId)
			return { error: { errorCode: '500_002', message: `商品[${c.offerId}]不属于同一卖家` } };
		sellerId = offer.seller.memberId;
		let sku;
		if (c.specId) {
			sku = store.findSku(offer, { specId: c.specId });
			if (!sku)
				return {
					error: { errorCode: '500_003', message: `规格[${c.specId}]不属于商品[${c.offerId}]` },
				};
		} else if (offer.skus.length === 1) {
			sku = offer.skus[0];
		} else {
			return { error: { errorCode: '500_002', message: `商品[${c.offerId}]未指定specId` } };
		}
		const quantity = Number(c.quantity);
		if (!Number.isFinite(quantity) || quantity <= 0 || !Number.isInteger(quantity))
			return {
				error: {
					errorCode: '400_1',
					message: `quantity of ${c.offerId} must be a positive integer`,
				},
			};
		if (quantity < offer.minOrderQuantity)
			return {
				error: {
					errorCode: '500_005',
					message: `商品[${c.offerId}]的购买数量不满足起批量限制（${offer.minOrderQuantity}）`,
				},
			};
		const already = lines.filter((l) => l.sku === sku).reduce((n, l) => n + l.quantity, 0);
		if (quantity + already > sku.amountOnSale)
			return {
				error: {
					errorCode: '500_004',
					message: `商品[${c.offerId}_${sku.specId}]库存不足，请核实库存后再下单`,
				},
			};
		const price = unitPrice(offer, sku, quantity);
		lines.push({ offer, sku, quantity, price, amount: round2(price * quantity) });
	}
	return { address: delivery.address, lines };
}

const fen = (yuan) => Math.round(yuan * 100);

module.exports = { checkOrderInput, readAddress, fen };

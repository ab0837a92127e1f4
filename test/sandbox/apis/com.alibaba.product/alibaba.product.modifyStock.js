'use strict';
/**
 * com.alibaba.product:alibaba.product.modifyStock-1 — change stock of the seller's own products (deltas).
 * webSite=1688, productStockChange = JSON array of
 *   {productId|productID|offerId, productAmountChange?, skuStocks?: [{skuId|specId, stockChange|amountChange}]}
 * As the SDK documents for 1688, `skuId` carries the SKU's specId (a numeric skuId is accepted too), and
 * `stockChange` the delta. productAmountChange without skuStocks applies to every SKU. All-or-nothing:
 * a failure changes nothing.
 * → {"success":true,"result":[{productId, result:true}]} one entry per changed product, the official SDK's
 *   AlibabaProductModifyStockResult (result: AlibabaProductProductOperateResult[] {productId, result, code, desc})
 *   or {"success":false,"errorCode","errorMessage"}.
 */
const fail = (errorCode, errorMessage) => ({ success: false, errorCode, errorMessage });

module.exports = {
	namespace: 'com.alibaba.product',
	name: 'alibaba.product.modifyStock',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		if (params.webSite !== '1688') return fail('400_1', 'webSite must be 1688');
		let changes;
		try {
			changes = JSON.parse(params.productStockChange || '');
		} catch {
			return fail('400_1', 'productStockChange must be a JSON array');
		}
		if (!Array.isArray(changes) || changes.length === 0)
			return fail('400_1', 'productStockChange must be a non-empty JSON array');
		const plan = [];
		for (const c of changes) {
			const id = c.productId ?? c.productID ?? c.offerId;
			const offer = store.getOffer(id);
			if (!offer) return fail('500_1', `商品[${id}]不存在`);
			if (offer.seller.memberId !== store.member.memberId)
				return fail('500_2', `商品[${id}]不属于当前用户`);
			const skuStocks = Array.isArray(c.skuStocks) && c.skuStocks.length ? c.skuStocks : null;
			if (skuStocks) {
				for (const s of skuStocks) {
					const sku =
						store.findSku(offer, { skuId: s.skuId }) ||
						store.findSku(offer, { specId: s.specId ?? s.skuId });
					if (!sku) return fail('500_3', `SKU[${s.skuId ?? s.specId}]不属于商品[${id}]`);
					plan.push({
						offer,
						sku,
						delta: Number(s.stockChange ?? s.amountChange ?? s.skuAmountChange),
					});
				}
			} else {
				for (const sku of offer.skus)
					plan.push({ offer, sku, delta: Number(c.productAmountChange) });
			}
		}
		const after = new Map();
		for (const { sku, delta } of plan) {
			if (!Number.isInteger(delta)) return fail('400_1', 'amount changes must be integers');
			const next = (after.has(sku) ? after.get(sku) : sku.amountOnSale) + delta;
			if (next < 0) return fail('500_4', `SKU[${sku.skuId}]库存不足，不能减少到负数`);
			after.set(sku, next);
		}
		const changed = new Set();
		for (const [sku, amount] of after) {
			const offer = plan.find((x) => x.sku === sku).offer;
			store.setStock({ offerId: offer.offerId, skuId: sku.skuId, amountOnSale: amount });
			changed.add(offer.offerId);
		}
		return {
			success: true,
			result: [...changed].map((productId) => ({ productId, result: true })),
		};
	},
};

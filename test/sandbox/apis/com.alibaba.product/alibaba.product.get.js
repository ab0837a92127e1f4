'use strict';
/**
 * com.alibaba.product:alibaba.product.get-1 — product detail by productID (webSite must be 1688):
 * {productInfo, createTime, lastUpdateTime}, as the official SDK's AlibabaProductGetResult names them.
 */
const { toProductInfo } = require('../../views/product');

const fail = (errorCode, errorMsg) => ({ success: false, errorCode, errorMsg });

module.exports = {
	namespace: 'com.alibaba.product',
	name: 'alibaba.product.get',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		if (params.webSite !== '1688') return fail('400_1', 'webSite must be 1688');
		if (!/^\d+$/.test(params.productID || ''))
			return fail('400_1', 'productID is required and must be a number');
		const offer = store.getOffer(params.productID);
		if (!offer) return fail('500_004', `商品[${params.productID}]不存在`);
		const productInfo = toProductInfo(offer);
		return {
			success: true,
			productInfo,
			createTime: productInfo.createTime,
			lastUpdateTime: productInfo.lastUpdateTime,
		};
	},
};

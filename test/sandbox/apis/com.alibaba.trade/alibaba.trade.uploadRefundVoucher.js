'use strict';
/**
 * com.alibaba.trade:alibaba.trade.uploadRefundVoucher-1 — upload one evidence image. The page sends it as the
 * multipart file part `imageData`, outside the signature, with access_token and _aop_signature in the query (its
 * form sample) → {"result":{"code":null,"message":null,"result":{"imageDomain","imageRelativeUrl"},"success":true}};
 * the voucher createRefund and refund.returnGoods take is "image domain/relative path". The page says "less than
 * 1MB, jpg"; refund.returnGoods-1 accepts vouchers in jpg, gif, jpeg, png and bmp, so the sandbox takes those
 * formats (read from the first bytes) under 1 MB. Error 4000 (the page's): imageData missing or not such an image.
 */
const { tradeFail, tradeOk } = require('../../views/refund');

const MAX_BYTES = 1024 * 1024;
const FORMATS = [
	['jpg', (b) => b.subarray(0, 3).toString('hex') === 'ffd8ff'],
	['png', (b) => b.subarray(0, 4).toString('hex') === '89504e47'],
	['gif', (b) => b.subarray(0, 4).toString('latin1') === 'GIF8'],
	['bmp', (b) => b.subarray(0, 2).toString('latin1') === 'BM'],
];

module.exports = {
	namespace: 'com.alibaba.trade',
	name: 'alibaba.trade.uploadRefundVoucher',
	version: '1',
	needsToken: true,
	handle({ files, store }) {
		const file = (files || {}).imageData;
		if (!file)
			return tradeFail(
				'4000',
				'imageData参数未正确传递: send the image as the multipart file part "imageData"',
			);
		const bytes = file.data;
		const format = FORMATS.find(([, test]) => test(bytes));
		if (bytes.length === 0 || !format)
			return tradeFail('4000', 'imageData不是图片(jpg、gif、png、bmp)');
		if (bytes.length >= MAX_BYTES)
			return tradeFail('4000', `凭证图片需小于1M，实际${bytes.length}字节`);
		return tradeOk(store.afterSales.addVoucher(bytes, format[0]));
	},
};

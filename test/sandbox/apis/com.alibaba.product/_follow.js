'use strict';
/** What follow.crossborder and unfollow.crossborder share: `{code, message}` answers over the store's follow state. */

/**
 * @param {object} store @param {string|undefined} productId @param {boolean} follow
 * @returns {{code: number, message: string}}
 */
function followAnswer(store, productId, follow) {
	if (!/^\d{1,20}$/.test(String(productId ?? '').trim()))
		return { code: 400, message: 'productId 参数错误 (productId must be a product ID)' };
	if (!store.getOffer(productId))
		return { code: 404, message: `商品不存在 (product ${productId} not found)` };
	if (store.setFollowed(productId, follow)) return { code: 0, message: 'success' };
	return follow
		? { code: 1, message: '已关注该商品 (already followed)' }
		: { code: 1, message: '未关注该商品 (not followed)' };
}

module.exports = { followAnswer };

'use strict';
/**
 * The 1688 members the sandbox knows (the sellers of its offers and the authorised buyer) and their OpenUIDs:
 * the app-specific masked member ID that loginid.openuid.encrypt gives for a loginId and account.wangwangUrl.get
 * takes as toOpenUid. A seller's OpenUID is the sellerOpenId the cross-border product APIs show for it.
 */
const { sellerProfile } = require('../data/sourcing');

/** Every seller of an offer, once, by loginId. @returns {Map<string, object>} */
function sellersByLoginId(store) {
	const sellers = new Map();
	for (const offer of store.offers.values())
		if (!sellers.has(offer.seller.loginId)) sellers.set(offer.seller.loginId, offer.seller);
	return sellers;
}

/** The OpenUID of a seller. */
const openUidOf = (seller) => sellerProfile(seller).openId;

/** @returns {string|null} the OpenUID of a member's loginId (a seller's, or the authorised buyer's) */
function openUidByLoginId(store, loginId) {
	const seller = sellersByLoginId(store).get(loginId);
	if (seller) return openUidOf(seller);
	return loginId === store.member.loginId ? store.member.openUid : null;
}

/** @returns {{loginId: string, companyName: string}|null} the member an OpenUID names */
function memberByOpenUid(store, openUid) {
	if (openUid === store.member.openUid) return store.member;
	return (
		[...sellersByLoginId(store).values()].find((seller) => openUidOf(seller) === openUid) || null
	);
}

module.exports = { openUidByLoginId, memberByOpenUid };

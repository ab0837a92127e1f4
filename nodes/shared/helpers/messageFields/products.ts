import type { Json } from '../values';
import { entriesOf, idOf, numberOf, offersOf, textOf, timeOf, yuanOf } from './read';

/**
 * PRODUCT_PRODUCT_INVENTORY_CHANGE: stock changes of followed offers (`OfferInventoryChangeList`), each with
 * the offer's and the SKU's stock on sale now, the change (negative: fewer) and when (bizTime, ms).
 */
export function inventoryFields(data: Json): Json {
	const changes = entriesOf(data.OfferInventoryChangeList).map((entry) => ({
		offerId: idOf(entry.offerId),
		skuId: idOf(entry.skuId),
		offerStock: numberOf(entry.offerOnSale),
		skuStock: numberOf(entry.skuOnSale),
		change: numberOf(entry.quantity),
		changedAt: timeOf(entry.bizTime),
	}));
	const offerIds = [
		...new Set(changes.map((change) => change.offerId).filter((id): id is string => id !== null)),
	];
	return { offerId: offerIds[0] ?? null, offerIds, changes };
}

/**
 * PRODUCT_RELATION_VIEW_PRODUCT_{NEW_OR_MODIFY,EXPIRE,DELETE,REPOST,AUDIT}: offers of a related member
 * (cross-border, distribution) added, changed, delisted, deleted, relisted or audited.
 */
export function relationFields(data: Json): Json {
	return {
		...offersOf(data.productIds),
		memberId: textOf(data.memberId),
		status: textOf(data.status),
		sentAt: timeOf(data.msgSendTime),
	};
}

/** PRODUCT_RELATION_VIEW_PRODUCT_CHANGE: any change of related offers, `action` saying which (new, modify, sku_modify, …). */
export function productChangeFields(data: Json): Json {
	return {
		...offersOf(data.productIds),
		memberId: textOf(data.memberId),
		action: textOf(data.action),
		sentAt: timeOf(data.msgSendTime),
	};
}

/** FENXIAO_PRICE_CHANGE: a followed offer's distribution price changed (the message carries no price: read the offer). */
export function distributionPriceFields(data: Json): Json {
	return {
		offerId: idOf(data.productId),
		memberId: textOf(data.memberId),
		sentAt: timeOf(data.msgSendTime),
	};
}

/**
 * PRODUCT_PFT_OFFER_PRICE_MODIFY: a curated-supply offer's price changed, effective at activeTime (ms). The page
 * gives the SKU price in fen (here in yuan) but no unit for minPrice, which stays the number 1688 sent.
 */
export function curatedPriceFields(data: Json): Json {
	return {
		offerId: idOf(data.offerId),
		minPrice: numberOf(data.minPrice),
		effectiveAt: timeOf(data.activeTime),
		skus: entriesOf(data.skuUpdateInfos).map((sku) => ({
			skuId: idOf(sku.skuId),
			changedPrice: yuanOf(sku.historyRetailPrice),
		})),
	};
}

/** PRODUCT_PFT_OFFER_QUIT: a curated-supply offer delisted; its group type and the seller's openUid. */
export function curatedQuitFields(data: Json): Json {
	return {
		offerId: idOf(data.offerId),
		groupType: textOf(data.type),
		sellerOpenUid: textOf(data.openUid),
	};
}

/** PRODUCT_PRODUCT_CROSSBOARD_INFORM: a distributor listed an offer with one click (action: distribution). */
export function oneClickListingFields(data: Json): Json {
	return {
		offerId: idOf(data.offerId),
		distributorMemberId: textOf(data.userInfo),
		action: textOf(data.action),
	};
}

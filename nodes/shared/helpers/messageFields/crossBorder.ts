import type { Json } from '../values';
import { entriesOf, idOf, offersOf, textOf, timeOf } from './read';

/**
 * CROSSBOARD_CROSSBOARD_ADD_SUPPLY: in your app's product-matching page a user set a 1688 offer as the
 * supply source of a product of yours: the offer, and your app's user, product ID and product URL.
 */
export function supplySourceFields(data: Json): Json {
	return {
		offerId: idOf(data.offerId),
		appUserId: textOf(data.clientId),
		appProductId: textOf(data.productId),
		appProductUrl: textOf(data.productUri),
	};
}

/**
 * CROSSBOARD_LP_DISTRIBUTION: offers listed to your app with one click from the cross-border purchasing
 * assistant: who (customerId; userKey and userToken, your app's own user key and login token for that
 * user), the offers with their main image, when (timestamp, ms), and the message's `sign`.
 */
export function assistantListingFields(data: Json): Json {
	const offers = entriesOf(data.offerList).map((offer) => ({
		offerId: idOf(offer.offerId),
		imageUrl: textOf(offer.pic),
	}));
	return {
		customerId: textOf(data.customerId),
		userKey: textOf(data.userKey),
		userToken: textOf(data.userToken),
		appKey: textOf(data.appkey),
		listedAt: timeOf(data.timestamp),
		offerIds: offers.map((offer) => offer.offerId).filter((id): id is string => id !== null),
		offers,
		sign: textOf(data.sign),
	};
}

/** CROSSBOARD_XYT_PLATFORM_OFFER_CHANGE: offers added to or deleted from the XunYuanTong sourcing workbench (status add or delete). */
export function workbenchFields(data: Json): Json {
	return { ...offersOf(data.productIds), status: textOf(data.status) };
}

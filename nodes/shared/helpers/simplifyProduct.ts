import {
	asArray,
	asBoolean,
	asId,
	asNumber,
	asObject,
	asPercent,
	asText,
	compact,
	type Json,
} from './values';

const IMAGE_HOST = 'https://cbu01.alicdn.com/';

/** The flat product shape every product operation emits with Simplify on. */
export interface SimpleSku extends Json {
	skuId?: string;
	specId?: string;
	attributes: string;
	/** The attributes in the language asked for (cross-border detail only). */
	attributesTranslated?: string;
	price?: number;
	/** The price in the currency asked for (cross-border detail only). */
	foreignPrice?: number;
	stock?: number;
	image?: string;
}

export interface SimplePriceRange extends Json {
	minQuantity?: number;
	price?: number;
	foreignPrice?: number;
}

export interface SimpleProduct extends Json {
	offerId?: string;
	title?: string;
	titleTranslated?: string;
	url?: string;
	mainImage?: string;
	price?: number;
	currency?: string;
	foreignPrice?: number;
	priceRanges: SimplePriceRange[];
	minOrderQuantity?: number;
	unit?: string;
	totalStock?: number;
	status?: string;
	categoryId?: string;
	skus: SimpleSku[];
}

/**
 * A search hit: the keys of the flat product shape that search results carry, plus what a buyer compares
 * offers by: the dropship (one-piece) price, 30-day sales, repurchase rate, the seller's identities and
 * service score, the shipping promise.
 */
export type SimpleSearchOffer = Json &
	Pick<
		SimpleProduct,
		| 'offerId'
		| 'title'
		| 'titleTranslated'
		| 'url'
		| 'mainImage'
		| 'price'
		| 'minOrderQuantity'
		| 'categoryId'
	> & {
		dropshipPrice?: number;
		monthSold?: number;
		repurchaseRatePercent?: number;
		dropshipping?: boolean;
		shippingPromise?: string;
		sellerIdentities?: string[];
		sellerServiceScore?: number;
		tradeScore?: number;
		supplier?: string;
		/** Related offers only: units sold over the last 90 days (simplifyRelatedOffer). */
		sold90d?: number;
	};

export function offerUrl(offerId: string | undefined): string | undefined {
	return offerId ? `https://detail.1688.com/offer/${offerId}.html` : undefined;
}

/** 1688 gives image paths relative to its CDN (`img/ibank/...`); make them absolute. */
export function absoluteImageUrl(path: unknown): string | undefined {
	const text = asText(path);
	if (!text) return undefined;
	if (/^https?:\/\//.test(text)) return text;
	if (text.startsWith('//')) return `https:${text}`;
	return IMAGE_HOST + text.replace(/^\/+/, '');
}

type AttributeReader = (attribute: Json) => { name?: string; value?: string };

function attributesText(attributes: unknown, read: AttributeReader): string {
	return asArray(attributes)
		.map((attribute) => {
			const { name, value } = read(attribute);
			return name ? `${name}: ${value ?? ''}` : (value ?? '');
		})
		.filter((part) => part !== '')
		.join('; ');
}

/** `颜色: 黑色; 尺码: XL` from a SKU's attribute list. */
export function skuAttributesText(attributes: unknown): string {
	return attributesText(attributes, (attribute) => ({
		name:
			asText(attribute.attributeDisplayName) ??
			asText(attribute.attributeName) ??
			asText(attribute.attributeNameTrans),
		value:
			asText(attribute.attributeValue) ?? asText(attribute.value) ?? asText(attribute.valueTrans),
	}));
}

/** `Color: Black; Size: XL` from the translated names and values; undefined when 1688 sent no translation. */
export function skuAttributesTranslatedText(attributes: unknown): string | undefined {
	const text = attributesText(attributes, (attribute) => ({
		name: asText(attribute.attributeNameTrans),
		value: asText(attribute.valueTrans),
	}));
	return text === '' ? undefined : text;
}

function minimum(values: Array<number | undefined>): number | undefined {
	const numbers = values.filter((value): value is number => value !== undefined);
	return numbers.length ? Math.min(...numbers) : undefined;
}

function firstImage(images: unknown): string | undefined {
	return absoluteImageUrl(Array.isArray(images) ? images[0] : images);
}

function skuImage(attributes: unknown): string | undefined {
	return absoluteImageUrl(
		asArray(attributes).find((attribute) => attribute.skuImageUrl)?.skuImageUrl,
	);
}

/** What both product detail APIs say about an offer, before the shared price and stock rules. */
interface ProductParts {
	offerId?: string;
	title?: string;
	titleTranslated?: string;
	mainImage?: string;
	currency?: string;
	skus: SimpleSku[];
	priceRanges: SimplePriceRange[];
	minOrderQuantity?: number;
	unit?: string;
	offerStock?: number;
	status?: string;
	categoryId?: string;
}

/** The lowest price of any SKU or quantity range; the offer's stock, or its SKUs' stock added up. */
function assembleProduct(parts: ProductParts): SimpleProduct {
	const { skus, priceRanges } = parts;
	const skuStock = skus.reduce((sum, sku) => sum + (sku.stock ?? 0), 0);
	const foreignPrice = minimum([
		...skus.map((sku) => sku.foreignPrice),
		...priceRanges.map((range) => range.foreignPrice),
	]);
	return compact({
		offerId: parts.offerId,
		title: parts.title,
		titleTranslated: parts.titleTranslated,
		url: offerUrl(parts.offerId),
		mainImage: parts.mainImage,
		price: minimum([...skus.map((sku) => sku.price), ...priceRanges.map((range) => range.price)]),
		currency: foreignPrice === undefined ? undefined : parts.currency,
		foreignPrice,
		priceRanges,
		minOrderQuantity: parts.minOrderQuantity,
		unit: parts.unit,
		totalStock: parts.offerStock ?? (skus.length ? skuStock : undefined),
		status: parts.status,
		categoryId: parts.categoryId,
		skus,
	});
}

/** Simplifies `alibaba.product.get`'s `productInfo`. */
export function simplifyProductInfo(productInfo: unknown): SimpleProduct {
	const info = asObject(productInfo);
	const saleInfo = asObject(info.saleInfo);
	return assembleProduct({
		offerId: asId(info.productID),
		title: asText(info.subject),
		titleTranslated: asText(info.subjectTrans),
		mainImage: firstImage(asObject(info.image).images),
		skus: asArray(info.skuInfos).map((sku) =>
			compact({
				skuId: asId(sku.skuId),
				specId: asId(sku.specId),
				attributes: skuAttributesText(sku.attributes),
				price: asNumber(sku.price) ?? asNumber(sku.consignPrice),
				stock: asNumber(sku.amountOnSale),
				image: skuImage(sku.attributes),
			}),
		),
		priceRanges: asArray(saleInfo.priceRanges).map((range) =>
			compact({ minQuantity: asNumber(range.startQuantity), price: asNumber(range.price) }),
		),
		minOrderQuantity: asNumber(saleInfo.minOrderQuantity),
		unit: asText(saleInfo.unit),
		offerStock: asNumber(saleInfo.amountOnSale),
		status: asText(info.status),
		categoryId: asId(info.categoryID),
	});
}

/**
 * Simplifies the cross-border `product.search.queryProductDetail` result (`result.result`), which
 * any offer has, with translated titles and attributes. `currency` is the one the request asked for:
 * its prices come as `foreignCurrencyPrice`.
 */
export function simplifyCrossBorderDetail(detail: unknown, currency?: string): SimpleProduct {
	const model = asObject(detail);
	const saleInfo = asObject(model.productSaleInfo);
	const image = asObject(model.productImage);
	return assembleProduct({
		offerId: asId(model.offerId),
		title: asText(model.subject),
		titleTranslated: asText(model.subjectTrans),
		mainImage: firstImage(image.images) ?? absoluteImageUrl(image.whiteImage),
		currency,
		skus: asArray(model.productSkuInfos).map((sku) =>
			compact({
				skuId: asId(sku.skuId),
				specId: asId(sku.specId),
				attributes: skuAttributesText(sku.skuAttributes),
				attributesTranslated: skuAttributesTranslatedText(sku.skuAttributes),
				price: asNumber(sku.price) ?? asNumber(sku.consignPrice),
				foreignPrice: asNumber(sku.foreignCurrencyPrice),
				stock: asNumber(sku.amountOnSale),
				image: skuImage(sku.skuAttributes),
			}),
		),
		priceRanges: asArray(saleInfo.priceRangeList).map((range) =>
			compact({
				minQuantity: asNumber(range.startQuantity),
				price: asNumber(range.price),
				foreignPrice: asNumber(range.foreignCurrencyPrice),
			}),
		),
		minOrderQuantity: asNumber(model.minOrderQuantity),
		unit: asText(asObject(saleInfo.unitInfo).unit),
		offerStock: asNumber(saleInfo.amountOnSale),
		status: asText(model.status),
		categoryId: asId(model.categoryId),
	});
}

/**
 * The seller identity codes (`super_factory`, `powerful_merchants`, `tp_member`) of a `sellerIdentities` list.
 * The doc pages' samples write the enumeration into one entry ("super_factory-超级工厂 powerful_merchants-…");
 * real answers list the codes. Both give the codes.
 */
export function sellerIdentityCodes(identities: unknown): string[] | undefined {
	if (!Array.isArray(identities)) return undefined;
	const codes = identities
		.flatMap((entry) => String(entry).split(/[\s,，]+/))
		.map((token) => /^[a-z][a-z_]*/i.exec(token)?.[0]);
	return [...new Set(codes.filter((code): code is string => code !== undefined))];
}

/**
 * Simplifies one offer of the cross-border searches and recommendation lists (keyword, image and shop
 * search, related and recommended offers): the fields each of them has.
 */
export function simplifySearchOffer(item: unknown): SimpleSearchOffer {
	const offer = asObject(item);
	const offerId = asId(offer.offerId);
	const priceInfo = asObject(offer.priceInfo);
	// offerRecommend's sample names the dropship flag `onePsale`; the searches `isOnePsale`.
	const dropshipping = asBoolean(offer.isOnePsale) ?? asBoolean(offer.onePsale);
	const price = asNumber(priceInfo.price);
	return compact({
		offerId,
		title: asText(offer.subject),
		titleTranslated: asText(offer.subjectTrans),
		url: offerUrl(offerId),
		mainImage: absoluteImageUrl(offer.imageUrl) ?? absoluteImageUrl(offer.whiteImage),
		price: price ?? asNumber(priceInfo.consignPrice),
		// consignPrice is the dropship price only where the offer dropships ("when isOnePsale=true", imageQuery's doc).
		dropshipPrice: dropshipping === false ? undefined : asNumber(priceInfo.consignPrice),
		monthSold: asNumber(offer.monthSold),
		repurchaseRatePercent: asPercent(offer.repurchaseRate),
		minOrderQuantity: asNumber(offer.minOrderQuantity),
		dropshipping,
		shippingPromise: asText(asObject(offer.productSimpleShippingInfo).shippingTimeGuarantee),
		sellerIdentities: sellerIdentityCodes(offer.sellerIdentities),
		sellerServiceScore: asNumber(asObject(offer.sellerDataInfo).compositeServiceScore),
		tradeScore: asNumber(offer.tradeScore),
		supplier: asText(offer.companyName),
		categoryId:
			asId(offer.thirdCategoryId) ?? asId(offer.secondCategoryId) ?? asId(offer.topCategoryId),
	});
}

/**
 * One offer of product.related.recommend (Find Similar, Related Offers), as the searches' offers but for its
 * sales: the page's `monthSold` is "Number of items sold in the last 90 days", so it is given as `sold90d`
 * (in monthSold's place), never under the 30-day name the searches use.
 */
export function simplifyRelatedOffer(item: unknown): SimpleSearchOffer {
	return Object.fromEntries(
		Object.entries(simplifySearchOffer(item)).map(([key, value]) =>
			key === 'monthSold' ? ['sold90d', value] : [key, value],
		),
	) as SimpleSearchOffer;
}

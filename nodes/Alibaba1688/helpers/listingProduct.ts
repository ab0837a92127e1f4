import {
	absoluteImageUrl,
	simplifyCrossBorderDetail,
	simplifyProductInfo,
	type SimplePriceRange,
	type SimpleProduct,
	type SimpleSku,
} from '../../shared/helpers/simplifyProduct';
import { PRODUCT_SHAPE, rowsPerSku, withShapeKeys, type OfferShape } from './productRows';
import {
	asArray,
	asBoolean,
	asId,
	asNumber,
	asObject,
	asText,
	compact,
	type Json,
} from '../../shared/helpers/values';

/**
 * The offer shaped for a shop listing and a spreadsheet (Product → Get, Output "Listing-Ready"): every image,
 * translated title and description, product attributes, options as a shop's variants name them, the
 * dropship (one-piece) price, the MOQ price ladder, foreign-currency prices and each SKU's package weight and
 * size. Built on the compact shape (same prices and stock) from the cross-border detail
 * (product.search.queryProductDetail-1.md) or, with fewer fields, the authorised product API.
 */

/** Shops (Shopify, WooCommerce) take at most three options per product. */
const MAX_OPTIONS = 3;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

interface PackageSize extends Json {
	weightKg?: number;
	lengthCm?: number;
	widthCm?: number;
	heightCm?: number;
}

/** Every key of the listing shape, in output order; rows of any offer have all of them (null when unknown). */
const LISTING_KEYS = [
	'offerId',
	'url',
	'status',
	'title',
	'titleTranslated',
	'description',
	'descriptionTranslated',
	'categoryId',
	'categoryName',
	'mainImage',
	'images',
	'video',
	'productAttributes',
	'productAttributesText',
	'unit',
	'unitTranslated',
	'minOrderQuantity',
	'price',
	'currency',
	'foreignPrice',
	'priceLadder',
	'priceLadderText',
	'dropshipping',
	'dropshipPrice',
	'dropshipFreeShipping',
	'totalStock',
	'weightKg',
	'lengthCm',
	'widthCm',
	'heightCm',
	'shipFrom',
	'shippingPromise',
	'supplier',
	'sellerOpenId',
	'monthSold',
	'tradeScore',
	'skus',
] as const;

const SKU_KEYS = [
	'skuId',
	'specId',
	'skuCode',
	'attributes',
	'attributesTranslated',
	'option1Name',
	'option1Value',
	'option2Name',
	'option2Value',
	'option3Name',
	'option3Value',
	'price',
	'foreignPrice',
	'dropshipPrice',
	'stock',
	'image',
	'weightKg',
	'lengthCm',
	'widthCm',
	'heightCm',
] as const;

/** The listing shape: its SKU fields beside the offer's take the names the compact rows give them. */
const LISTING_SHAPE: OfferShape = {
	keys: LISTING_KEYS,
	skuKeys: SKU_KEYS,
	skuColumns: {
		...PRODUCT_SHAPE.skuColumns,
		dropshipPrice: 'skuDropshipPrice',
		weightKg: 'skuWeightKg',
		lengthCm: 'skuLengthCm',
		widthCm: 'skuWidthCm',
		heightCm: 'skuHeightCm',
	},
};

/** An attribute's name and value (offer or SKU attribute), translated where 1688 sent translations. */
function translatedAttribute(attribute: Json): { name?: string; value?: string } {
	return {
		name: asText(attribute.attributeNameTrans) ?? asText(attribute.attributeName),
		value:
			asText(attribute.valueTrans) ?? asText(attribute.value) ?? asText(attribute.attributeValue),
	};
}

/** `name → value` of 1688's attribute list, translated where 1688 sent translations. */
function attributeMap(attributes: unknown): Record<string, string> {
	const map: Record<string, string> = {};
	for (const attribute of asArray(attributes)) {
		const { name, value } = translatedAttribute(attribute);
		if (name && value !== undefined) map[name] = map[name] ? `${map[name]}, ${value}` : value;
	}
	return map;
}

function attributesText(map: Record<string, string>): string | undefined {
	const text = Object.entries(map)
		.map(([name, value]) => `${name}: ${value}`)
		.join('; ');
	return text || undefined;
}

/** `1+: 10.5; 10+: 9.98` for the MOQ ladder, in CNY. */
export function priceLadderText(ranges: SimplePriceRange[]): string | undefined {
	const text = ranges
		.filter((range) => range.price !== undefined)
		.map((range) => `${range.minQuantity ?? 1}+: ${range.price}`)
		.join('; ');
	return text || undefined;
}

/** Option1..3 name and value of a SKU, as shops name a variant's options (translated when 1688 translated them). */
function skuOptions(attributes: unknown): Json {
	const options: Json = {};
	asArray(attributes)
		.slice(0, MAX_OPTIONS)
		.forEach((attribute, index) => {
			const { name, value } = translatedAttribute(attribute);
			options[`option${index + 1}Name`] = name;
			options[`option${index + 1}Value`] = value;
		});
	return options;
}

/**
 * A package size in kg and cm. `gramWeight` for skuShippingInfoList, which the doc gives in grams (every
 * other weight there is in kilograms).
 */
function packageSize(info: Json, { gramWeight = false } = {}): PackageSize {
	const weight = asNumber(info.weight) ?? asNumber(info.officialWeight);
	return compact({
		weightKg: weight === undefined ? undefined : gramWeight ? round(weight / 1000, 3) : weight,
		lengthCm: asNumber(info.length) ?? asNumber(info.officialLength),
		widthCm: asNumber(info.width) ?? asNumber(info.officialWidth),
		heightCm: asNumber(info.height) ?? asNumber(info.officialHeight),
	});
}

/** Each SKU's package by skuId: skuShippingDetails (kg) first, then skuShippingInfoList (g). */
function skuPackages(shipping: Json): Map<string, PackageSize> {
	const sizes = new Map<string, PackageSize>();
	for (const info of asArray(shipping.skuShippingInfoList)) {
		const skuId = asId(info.skuId);
		if (skuId) sizes.set(skuId, packageSize(info, { gramWeight: true }));
	}
	for (const detail of asArray(shipping.skuShippingDetails)) {
		const skuId = asId(detail.skuId);
		if (skuId) sizes.set(skuId, { ...sizes.get(skuId), ...packageSize(detail) });
	}
	return sizes;
}

function imageList(images: unknown): string[] {
	return (Array.isArray(images) ? images : [])
		.map(absoluteImageUrl)
		.filter((url): url is string => url !== undefined);
}

/** The offer-level listing fields both sources share, from the compact shape. */
function fromCompact(product: SimpleProduct): Json {
	const { skus, priceRanges, ...offer } = product;
	return {
		...offer,
		priceLadder: priceRanges,
		priceLadderText: priceLadderText(priceRanges),
		skus,
	};
}

/**
 * The listing shape of the cross-border detail (`result.result` of product.search.queryProductDetail);
 * `currency` is the one the request asked for.
 */
export function listingFromCrossBorder(detail: unknown, currency?: string): Json {
	const model = asObject(detail);
	const product = simplifyCrossBorderDetail(model, currency);
	const saleInfo = asObject(model.productSaleInfo);
	const fenxiao = asObject(saleInfo.fenxiaoSaleInfo);
	const shipping = asObject(model.productShippingInfo);
	const image = asObject(model.productImage);
	const attributes = attributeMap(model.productAttribute);
	const tags = asArray(model.tagInfoList);
	const dropshipTag = asBoolean(tags.find((tag) => tag.key === 'isOnePsale')?.value);
	// The compact SKUs are the raw ones in the same order (simplifyCrossBorderDetail maps them one to one).
	const rawSkus = asArray(model.productSkuInfos);
	const packages = skuPackages(shipping);
	const offerPackage = packageSize(shipping);
	const skus = product.skus.map((sku: SimpleSku, index) => {
		const raw = rawSkus[index];
		return compact({
			...sku,
			skuCode: asText(raw.cargoNumber),
			...skuOptions(raw.skuAttributes),
			dropshipPrice: asNumber(asObject(raw.fenxiaoPriceInfo).onePiecePrice),
			...offerPackage,
			...(sku.skuId ? packages.get(sku.skuId) : undefined),
		});
	});
	const dropshipPrice = asNumber(fenxiao.onePiecePrice);
	return compact({
		...fromCompact({ ...product, skus }),
		description: asText(model.description),
		descriptionTranslated: asText(model.descriptionTrans),
		categoryName: asText(model.categoryName),
		images: imageList(image.images),
		video: asText(model.mainVideo),
		productAttributes: attributes,
		productAttributesText: attributesText(attributes),
		unitTranslated: asText(asObject(saleInfo.unitInfo).transUnit),
		dropshipping: dropshipTag ?? (dropshipPrice === undefined ? undefined : true),
		dropshipPrice,
		dropshipFreeShipping: asBoolean(fenxiao.onePieceFreePostage),
		...offerPackage,
		shipFrom: asText(shipping.sendGoodsAddressText),
		shippingPromise: asText(shipping.shippingTimeGuarantee),
		supplier: asText(model.companyName),
		sellerOpenId: asText(model.sellerOpenId),
		monthSold: asNumber(model.soldOut),
		tradeScore: asNumber(model.tradeScore),
	});
}

/** The listing shape of `alibaba.product.get`'s `productInfo`: no translations, dropship terms or SKU sizes there. */
export function listingFromProductInfo(productInfo: unknown): Json {
	const info = asObject(productInfo);
	const attributes = attributeMap(info.attributes);
	const shipping = asObject(info.shippingInfo);
	const weightKg = asNumber(shipping.unitWeight);
	// The compact SKUs are the raw ones in the same order (simplifyProductInfo maps them one to one).
	const rawSkus = asArray(info.skuInfos);
	const product = simplifyProductInfo(info);
	const skus = product.skus.map((sku, index) => {
		const raw = rawSkus[index];
		return compact({
			...sku,
			skuCode: asText(raw.cargoNumber),
			...skuOptions(raw.attributes),
			weightKg,
		});
	});
	return compact({
		...fromCompact({ ...product, skus }),
		description: asText(info.description),
		categoryName: asText(info.categoryName),
		images: imageList(asObject(info.image).images),
		productAttributes: attributes,
		productAttributesText: attributesText(attributes),
		weightKg,
		shipFrom: asText(shipping.sendGoodsAddressText),
		monthSold: asNumber(info.bookedCount),
	});
}

/** The listing with every key present (null where 1688 sent nothing), its SKUs likewise. */
export function withListingKeys(listing: Json): Json {
	return withShapeKeys(listing, LISTING_SHAPE);
}

/** One row per SKU: the offer's listing fields repeated, then the SKU's (see rowsPerSku). */
export function listingRowsPerSku(listing: Json): Json[] {
	return rowsPerSku(listing, LISTING_SHAPE);
}

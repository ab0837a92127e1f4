import { asBoolean, asId, asObject, asText, compact, type Json } from '../../shared/helpers/values';

/** The address APIs' answers as flat items. */

export interface SavedAddress extends Json {
	addressId?: string;
	name?: string;
	mobile?: string;
	phone?: string;
	region?: string;
	town?: string;
	street?: string;
	postCode?: string;
	districtCode?: string;
	townCode?: string;
	isDefault: boolean;
}

/** One `receiveAddressItems` entry of alibaba.trade.receiveAddress.get. */
export function simplifySavedAddress(item: unknown): SavedAddress {
	const a = asObject(item);
	return compact({
		addressId: asId(a.id),
		name: asText(a.fullName)?.trim(),
		mobile: asText(a.mobilePhone),
		phone: asText(a.phone),
		region: asText(a.addressCodeText),
		town: asText(a.townName),
		street: asText(a.address),
		postCode: asText(a.post),
		districtCode: asText(a.addressCode),
		townCode: asText(a.townCode),
		isDefault: asBoolean(a.isDefault) ?? false,
	});
}

/** How a saved address reads in a picker: "王磊 · 浙江省 金华市 义乌市 稠城街道 国际商贸城B区 (default)". */
export function savedAddressLabel(address: SavedAddress): string {
	const place = [address.region, address.town, address.street].filter((part) => part).join(' ');
	return `${address.name ?? address.addressId} · ${place}${address.isDefault ? ' (default)' : ''}`;
}

/** The province, city and district codes of a 6-digit mainland district code (GB/T 2260 nests them). */
export function regionCodes(districtCode: string): {
	provinceCode: string;
	cityCode: string;
	districtCode: string;
} {
	return {
		provinceCode: `${districtCode.slice(0, 2)}0000`,
		cityCode: `${districtCode.slice(0, 4)}00`,
		districtCode,
	};
}

/** alibaba.trade.addresscode.parse's `result`: a free-text mainland address as fields and codes. */
export function simplifyMainlandAddress(response: unknown): Json {
	const r = asObject(asObject(response).result);
	const districtCode = asText(r.addressCode);
	return compact({
		districtCode,
		...(districtCode && /^\d{6}$/.test(districtCode) ? regionCodes(districtCode) : {}),
		region: asText(r.addressCodeText),
		street: asText(r.address),
		postCode: asText(r.postCode),
		name: asText(r.fullName),
		mobile: asText(r.mobile),
		phone: asText(r.phone),
	});
}

/** trade.address.parseText's `result.data`: an overseas place and its address code. */
export function simplifyOverseasAddress(response: unknown): Json {
	const data = asObject(asObject(asObject(response).result).data);
	return compact({
		addressCode: asText(data.addressCode),
		country: asText(data.country),
		province: asText(data.province),
		city: asText(data.city),
		district: asText(data.area),
	});
}

/**
 * Why trade.address.parseText's answer holds no parsed address, or undefined when it holds one. The answer
 * is read by its address code, not by `code`: the page's own sample answers `success` true with code
 * PARAM_CAN_NOT_BE_NULL beside a full address with its code, for a request that gave every parameter, so
 * there `code` is an example value of the field, not a failure. An answer without an address code parsed
 * nothing (whatever `success` says; a false one the transport already refused), and the item fails with
 * 1688's code and message rather than going on with an empty address.
 */
export function overseasParseFailure(
	response: unknown,
): { code: string; message: string } | undefined {
	const result = asObject(asObject(response).result);
	if (asText(asObject(result.data).addressCode)?.trim()) return undefined;
	const code = asText(result.code)?.trim() || 'NO_ADDRESS_CODE';
	const said = asText(result.message)?.trim();
	return {
		code,
		message: `1688 answered without an address code${said && said !== code ? `: ${said}` : ''}; check the country, province, city and district`,
	};
}

import type {
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import type { SimpleChildCategory } from '../helpers/simplifyCategory';
import { readCategory } from '../actions/category/categoryApi';
import { fetchSavedAddresses } from '../actions/address/savedAddresses';
import { savedAddressLabel } from '../helpers/simplifyAddress';
import {
	refundReasonsOf,
	simplifyCarrier,
	simplifyRefundReason,
} from '../../shared/helpers/simplifyRefund';
import { asArray, asText } from '../../shared/helpers/values';
import { callApi } from '../../shared/transport';
import { API } from '../../shared/apis';
import { fetchRefundReasons } from '../actions/refund/reasonLocator';
import { chosenSubOrderIds } from '../actions/order/subOrders';

/** A category still to open, with the names of the categories above it. */
type Pending = [id: string, path: string];

/** Category reads one page of a filtered search may spend looking for a match. */
const MAX_READS_PER_PAGE = 8;

function readToken(token: string | undefined): Pending[] {
	if (!token) return [['0', '']];
	try {
		const parsed: unknown = JSON.parse(token);
		if (Array.isArray(parsed)) {
			return parsed.filter(
				(entry): entry is Pending =>
					Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string',
			);
		}
	} catch {
		// A token from another version of the node: start the walk again.
	}
	return [['0', '']];
}

function joinPath(path: string, name: string): string {
	return path ? `${path} › ${name}` : name;
}

/**
 * The language the node's Language field names, for translated category names; '' (Chinese) when the node
 * has none, it is empty (Chinese Only), or it is an expression (not known while editing).
 */
function pickerLanguage(this: ILoadOptionsFunctions): string {
	let language: unknown;
	try {
		// Category → Get / Get Children name it categoryLanguage ('' = Chinese only); the other operations language.
		language =
			this.getCurrentNodeParameter('categoryLanguage') ?? this.getCurrentNodeParameter('language');
	} catch {
		language = undefined;
	}
	return typeof language === 'string' && /^[a-z]{2}(-[a-z]{2})?$/i.test(language) ? language : '';
}

/** The name shown for a category: translated with the Chinese name after it, or the Chinese name alone. */
function shownName(category: SimpleChildCategory): string {
	const chinese = category.name ?? category.categoryId ?? '';
	return category.nameTranslated && category.nameTranslated !== chinese
		? category.nameTranslated
		: chinese;
}

function withChinese(path: string, category: SimpleChildCategory): string {
	return category.nameTranslated && category.name && category.nameTranslated !== category.name
		? `${path} (${category.name})`
		: path;
}

/** A typed category ID: that category and its children. */
async function categoryAndChildren(
	this: ILoadOptionsFunctions,
	categoryId: string,
	language: string,
): Promise<INodeListSearchResult> {
	const { simple, children } = await readCategory.call(this, categoryId, language);
	const name = shownName(simple as SimpleChildCategory) || categoryId;
	const results: INodeListSearchItems[] = [{ name: `${name} (${categoryId})`, value: categoryId }];
	for (const child of children) {
		if (child.categoryId)
			results.push({
				name: withChinese(joinPath(name, shownName(child)), child),
				value: child.categoryId,
			});
	}
	return { results };
}

/**
 * Lists 1688's category tree for the category picker, one category read per page, depth first:
 * the top-level categories, then the children of the first one, and so on, each shown with its path
 * (in the node's Language when it has one: category.translation.getById; otherwise in Chinese).
 * A filter keeps the categories whose path (translated or Chinese) contains it, reading on until a page
 * has a match; a filter that is a category ID shows that category and its children.
 */
export async function searchCategories(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const language = pickerLanguage.call(this);
	const needle = (filter ?? '').trim().toLowerCase();
	if (/^\d+$/.test(needle) && !paginationToken)
		return await categoryAndChildren.call(this, needle, language);
	let pending = readToken(paginationToken);
	const results: INodeListSearchItems[] = [];
	for (let reads = 0; pending.length && reads < MAX_READS_PER_PAGE; reads++) {
		const [[categoryId, path], ...rest] = pending;
		const { children } = await readCategory.call(this, categoryId, language);
		const opened: Pending[] = [];
		for (const child of children) {
			if (!child.categoryId) continue;
			const childPath = joinPath(path, shownName(child));
			if (child.isLeaf !== true) opened.push([child.categoryId, childPath]);
			const shown = withChinese(childPath, child);
			if (!needle || shown.toLowerCase().includes(needle))
				results.push({ name: shown, value: child.categoryId });
		}
		pending = [...opened, ...rest];
		if (!needle || results.length) break;
	}
	return { results, paginationToken: pending.length ? JSON.stringify(pending) : undefined };
}

/**
 * The delivery addresses saved in the 1688 account, for the address picker of Preview and Create (the
 * default one first); a filter keeps those whose name, region, street or ID contains it.
 */
export async function searchSavedAddresses(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const results: INodeListSearchItems[] = [];
	for (const address of await fetchSavedAddresses.call(this)) {
		if (!address.addressId) continue;
		const name = savedAddressLabel(address);
		if (needle && !`${name} ${address.addressId}`.toLowerCase().includes(needle)) continue;
		results.push({ name, value: address.addressId });
	}
	return { results };
}

/** A parameter of the node being edited as trimmed text; '' when it is empty or an expression not resolved yet. */
function currentText(this: ILoadOptionsFunctions, name: string): string {
	let value: unknown;
	try {
		value = this.getCurrentNodeParameter(name);
	} catch {
		value = undefined;
	}
	return typeof value === 'string' && !value.startsWith('=') ? value.trim() : '';
}

/**
 * The refund reasons 1688 offers for the order, sub-orders and goods status set in Refund → Create (getRefundReasonList),
 * by name, for its Reason picker; a filter keeps the names or IDs containing it.
 */
export async function searchRefundReasons(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const orderId = currentText.call(this, 'orderId');
	const goodsStatus = currentText.call(this, 'goodsStatus');
	if (!/^\d{1,20}$/.test(orderId) || !goodsStatus) {
		throw new Error(
			'Set the Order ID (19 digits, not an expression) and the Goods Status first: 1688 gives the reasons for them',
		);
	}
	const given = currentText
		.call(this, 'subOrderIds')
		.split(/[\s,;]+/)
		.filter((id) => /^\d{1,20}$/.test(id));
	const subOrderIds = await chosenSubOrderIds.call(this, orderId, given);
	const response = await fetchRefundReasons.call(this, orderId, goodsStatus, subOrderIds);
	const needle = (filter ?? '').trim().toLowerCase();
	const results: INodeListSearchItems[] = [];
	for (const reason of refundReasonsOf(response).map(simplifyRefundReason)) {
		if (!reason.reasonId || !reason.name) continue;
		const flags = [
			reason.evidenceRequired ? 'evidence required' : '',
			reason.shippingRefundable === false ? 'no shipping refund' : '',
		].filter(Boolean);
		const name = `${reason.name} (${reason.reasonId})${flags.length ? `: ${flags.join(', ')}` : ''}`;
		if (needle && !name.toLowerCase().includes(needle)) continue;
		results.push({ name, value: reason.reasonId });
	}
	return { results };
}

/** The logistics companies 1688 knows (OpQueryLogisticCompanyList), for Submit Return Shipment's Carrier picker. */
export async function searchCarriers(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const response = await callApi.call(this, API.logisticsCompanies, {});
	const needle = (filter ?? '').trim().toLowerCase();
	const results: INodeListSearchItems[] = [];
	for (const company of asArray(response.result)) {
		const carrier = simplifyCarrier(company);
		const code = asText(carrier.code);
		if (!code) continue;
		const name = `${asText(carrier.name) ?? code} (${code})`;
		if (needle && !`${name} ${asText(company.spelling) ?? ''}`.toLowerCase().includes(needle))
			continue;
		results.push({ name, value: code });
	}
	return { results };
}

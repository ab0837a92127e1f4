'use strict';
/**
 * Envelope and paging helpers of the cross-border (com.alibaba.fenxiao.crossborder) APIs:
 * {"result":{"success":true,"code":"200","message":"success","result":...}}.
 */
const { objectJsonParam } = require('../protocol/params');
const { filterPredicate, salePredicate } = require('./searchFilters');
const { minPrice } = require('./product');

const COUNTRIES = [
	'en',
	'ja',
	'ko',
	'ru',
	'vi',
	'th',
	'id',
	'ms',
	'fr',
	'es',
	'pt',
	'de',
	'it',
	'ar',
	'tr',
	'he',
	'zh-tw',
];

/**
 * @param {unknown} result
 * @param {{stringSuccess?: boolean, code?: string, message?: string}} [o] some APIs document success as a String,
 *   some another code and message (S0000)
 */
const ok = (result, o = {}) => ({
	result: {
		success: o.stringSuccess ? 'true' : true,
		code: o.code ?? '200',
		message: o.message ?? 'success',
		result,
	},
});
/** The code and message of the APIs whose doc pages answer {"code":"S0000","message":"成功"}. */
const S0000 = { code: 'S0000', message: '成功' };
const fail = (code, message, o = {}) => ({
	result: { success: o.stringSuccess ? 'false' : false, code, message },
});

/**
 * Parse a JSON object parameter. @returns {{value?: object, error?: object}}
 */
function objectParam(params, name, o = {}) {
	const { value, problem } = objectJsonParam(params, name);
	return problem ? { error: fail('400', problem, o) } : { value };
}

/**
 * The problem of a language parameter (`country`, or the API's `field`), or null. Every language answers
 * with the English translation in the sandbox.
 */
function languageProblem(value, field = 'country') {
	if (!value) return `${field} is required, e.g. en`;
	if (!COUNTRIES.includes(String(value).toLowerCase())) return `${field} ${value} is not supported`;
	return null;
}

/** languageProblem of `country` as this envelope's error, or null. */
function checkCountry(country, o = {}) {
	const problem = languageProblem(country);
	return problem ? fail('400', problem, o) : null;
}

/**
 * A JSON parameter object whose language is checked too: `country`, or the API's `countryKey` (`language`).
 * @returns {{value?: object, error?: object}}
 */
function searchParam(params, name, o = {}, countryKey = 'country') {
	const parsed = objectParam(params, name, o);
	if (parsed.error) return parsed;
	const bad = checkCountry(parsed.value[countryKey], o);
	return bad ? { error: bad } : parsed;
}

/**
 * The page a query asks for, checked: `pageKey` (beginPage, or the API's pageNo) from 1, pageSize from 1 to
 * maxPageSize. A parameter left out takes its default; without a default it is required.
 * @returns {{page?: number, pageSize?: number, error?: object}}
 */
function pageParams(
	q,
	{
		pageKey = 'beginPage',
		maxPageSize = 50,
		defaultPage,
		defaultPageSize,
		stringSuccess = false,
	} = {},
) {
	const given = (key, fallback) =>
		q[key] === undefined || q[key] === '' ? fallback : Number(q[key]);
	const page = given(pageKey, defaultPage);
	const pageSize = given('pageSize', defaultPageSize);
	if (!Number.isInteger(page) || page < 1)
		return { error: fail('400', `${pageKey} must be an integer >= 1`, { stringSuccess }) };
	if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize)
		return {
			error: fail('400', `pageSize must be between 1 and ${maxPageSize}`, { stringSuccess }),
		};
	return { page, pageSize };
}

/** The entries of a list on the page pageParams gave. */
const pageSlice = (list, { page, pageSize }) => list.slice((page - 1) * pageSize, page * pageSize);

/**
 * Page a list by beginPage (default 1) and pageSize into {totalRecords, totalPage, pageSize, currentPage, data}.
 * @returns {{page?: object, error?: object}}
 */
function pageOf(
	list,
	q,
	mapItem,
	{ maxPageSize = 50, defaultPageSize = 20, stringSuccess = false } = {},
) {
	const paging = pageParams(q, { maxPageSize, defaultPage: 1, defaultPageSize, stringSuccess });
	if (paging.error) return { error: paging.error };
	const { page, pageSize } = paging;
	return {
		page: {
			totalRecords: list.length,
			totalPage: Math.ceil(list.length / pageSize),
			pageSize,
			currentPage: page,
			data: pageSlice(list, paging).map(mapItem),
		},
	};
}

/** The answer of a paged search: ok with pageOf's page, or its error. */
function okPage(list, q, mapItem, o = {}) {
	const { page, error } = pageOf(list, q, mapItem, o);
	return error || ok(page, o);
}

/** Whether the offer is in category `id` at any of its three levels. */
const inCategory = (offer, id) =>
	offer.topCategoryId === id || offer.secondCategoryId === id || offer.thirdCategoryId === id;

/** The orders `sort` can name: {"price"|"monthSold"|"rePurchaseRate": "asc"|"desc"}. */
const SORT_KEYS = {
	price: minPrice,
	monthSold: (x) => x.monthSold,
	rePurchaseRate: (x) => x.sourcing.repurchaseRate,
};

/**
 * Shared search filters: categoryId, categoryIdList (a union), priceStart/priceEnd, filter (see
 * searchFilters.js), saleFilterList, and sort ({"price":"asc"}, {"monthSold":"desc"}, {"rePurchaseRate":…}).
 * @returns {{list?: object[], error?: object}}
 */
function filterAndSort(offers, q, o = {}) {
	let list = offers.filter((x) => x.status === 'published');
	if (q.categoryId !== undefined && q.categoryId !== '' && q.categoryId !== null) {
		const c = Number(q.categoryId);
		list = list.filter((x) => inCategory(x, c));
	}
	if (q.categoryIdList !== undefined && q.categoryIdList !== '' && q.categoryIdList !== null) {
		const ids = String(q.categoryIdList)
			.split(',')
			.map((id) => id.trim());
		if (ids.some((id) => !/^\d+$/.test(id)))
			return { error: fail('400', 'categoryIdList must be category IDs separated by commas', o) };
		list = list.filter((x) => ids.some((id) => inCategory(x, Number(id))));
	}
	if (q.priceStart !== undefined && q.priceStart !== '')
		list = list.filter((x) => minPrice(x) >= Number(q.priceStart));
	if (q.priceEnd !== undefined && q.priceEnd !== '')
		list = list.filter((x) => minPrice(x) <= Number(q.priceEnd));
	const filter = filterPredicate(q.filter);
	if (filter.error) return { error: fail('400', filter.error, o) };
	const sales = salePredicate(q.saleFilterList);
	if (sales.error) return { error: fail('400', sales.error, o) };
	list = list.filter((x) => filter.test(x) && sales.test(x));
	if (q.sort) {
		let sort = q.sort;
		if (typeof sort === 'string') {
			try {
				sort = JSON.parse(sort);
			} catch {
				return { error: fail('400', 'sort must be JSON such as {"price":"asc"}', o) };
			}
		}
		const [[field, dir] = []] = Object.entries(sort || {});
		const key = SORT_KEYS[field];
		if (!key || !['asc', 'desc'].includes(dir))
			return {
				error: fail('400', 'sort supports {"price"|"monthSold"|"rePurchaseRate": "asc"|"desc"}', o),
			};
		const sign = dir === 'asc' ? 1 : -1;
		list = [...list].sort((a, b) => sign * (key(a) - key(b)) || a.offerId - b.offerId);
	}
	return { list };
}

module.exports = {
	ok,
	fail,
	S0000,
	objectParam,
	languageProblem,
	checkCountry,
	searchParam,
	pageParams,
	pageSlice,
	okPage,
	filterAndSort,
	inCategory,
};

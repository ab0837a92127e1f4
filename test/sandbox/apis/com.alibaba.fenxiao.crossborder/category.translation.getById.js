'use strict';
/**
 * com.alibaba.fenxiao.crossborder:category.translation.getById-1 — a category in a language, with its children.
 * language (required), categoryId (required; 0 = the root), parentCateId?, outMemberId? (top-level form
 * parameters, not JSON). The doc's field table nests the category in an envelope, but its return value example
 * is flat: {"result":{category…, "children":[…]},"success":true,"code":"S0000","message":"成功"}. The sandbox
 * answers as the example, errors likewise flat ({"success":false,"code","message"}).
 */
const { languageProblem } = require('../../views/crossborder');
const { categoryById, toTranslatedCategory } = require('../../views/categoryTranslation');

const fail = (code, message) => ({ success: false, code, message });

module.exports = {
	namespace: 'com.alibaba.fenxiao.crossborder',
	name: 'category.translation.getById',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const problem = languageProblem(params.language, 'language');
		if (problem) return fail('400', problem);
		if (!/^\d+$/.test(params.categoryId || ''))
			return fail('400', 'categoryId is required and must be a number >= 0');
		if (params.outMemberId !== undefined && !/^[A-Za-z0-9]{1,64}$/.test(params.outMemberId))
			return fail('400', 'outMemberId must be at most 64 letters and digits');
		const language = params.language.toLowerCase();
		const category = categoryById(store, Number(params.categoryId));
		if (!category) return fail('500_1', `类目[${params.categoryId}]不存在`);
		const children = category.childIDs.map((id) => ({
			...toTranslatedCategory(store.categories.get(id), language),
			fromCache: true,
		}));
		return {
			result: {
				...toTranslatedCategory(category, language),
				fromCache: true,
				children: children.length ? children : null,
			},
			success: true,
			code: 'S0000',
			message: '成功',
		};
	},
};

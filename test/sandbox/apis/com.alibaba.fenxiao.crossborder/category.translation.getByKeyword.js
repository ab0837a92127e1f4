'use strict';
/**
 * com.alibaba.fenxiao.crossborder:category.translation.getByKeyword-1 — categories whose name matches.
 * language (required), cateName (required, fuzzy: a part of the Chinese or the translated name, any case),
 * outMemberId? → {"result":{"success":true,"code":"S0000","message":"成功","result":[Category…]}} without
 * children, level by level then by ID.
 */
const { ok, fail, S0000, languageProblem } = require('../../views/crossborder');
const { toTranslatedCategory } = require('../../views/categoryTranslation');

module.exports = {
	namespace: 'com.alibaba.fenxiao.crossborder',
	name: 'category.translation.getByKeyword',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const problem = languageProblem(params.language, 'language');
		if (problem) return fail('400', problem);
		const name = String(params.cateName ?? '')
			.trim()
			.toLowerCase();
		if (!name) return fail('400', 'cateName is required');
		const language = params.language.toLowerCase();
		const found = [...store.categories.values()]
			.filter(
				(c) => c.name.toLowerCase().includes(name) || c.nameTrans.toLowerCase().includes(name),
			)
			.sort((a, b) => a.level - b.level || a.categoryID - b.categoryID)
			.map((c) => toTranslatedCategory(c, language));
		return ok(found, S0000);
	},
};

'use strict';
/** Category → Get, Get Children. */

module.exports = {
	'com.alibaba.product:alibaba.category.get-1': {
		check(json) {
			// The page's sample is empty: unwrapping it must not fail (Category → Get then reports no category).
			expect(json).toEqual({});
		},
		request: () => ({ categoryID: 0 }),
	},
};

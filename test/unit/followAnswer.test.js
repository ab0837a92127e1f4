'use strict';
const { readFollowAnswer } = require('../../dist/nodes/Alibaba1688/actions/product/followAnswer');

describe('readFollowAnswer', () => {
	test('code 0 (as the doc samples give it, number or text) is done and changed', () => {
		expect(readFollowAnswer('follow', 0, 'success')).toEqual({
			done: true,
			changed: true,
			message: 'success',
		});
		expect(readFollowAnswer('unfollow', '0', '成功')).toEqual({
			done: true,
			changed: true,
			message: '成功',
		});
	});

	test('"already followed" / "not followed" answers are done, unchanged, in Chinese or English', () => {
		expect(readFollowAnswer('follow', 1, '已关注该商品')).toEqual({
			done: true,
			changed: false,
			message: '已关注该商品',
		});
		expect(readFollowAnswer('follow', 'E1', 'The product has already been followed')).toMatchObject(
			{ done: true, changed: false },
		);
		expect(readFollowAnswer('unfollow', 1, '未关注该商品')).toMatchObject({
			done: true,
			changed: false,
		});
		expect(readFollowAnswer('unfollow', 1, 'product not followed')).toMatchObject({
			done: true,
			changed: false,
		});
	});

	test("the already-state text of the other direction, or any other code, is a refusal with 1688's code and text", () => {
		expect(readFollowAnswer('unfollow', 1, '已关注该商品')).toEqual({
			done: false,
			code: '1',
			message: '已关注该商品',
		});
		expect(readFollowAnswer('follow', 404, '商品不存在')).toEqual({
			done: false,
			code: '404',
			message: '商品不存在',
		});
		expect(readFollowAnswer('follow', 'gw.APIACLDecline', undefined)).toEqual({
			done: false,
			code: 'gw.APIACLDecline',
			message: '',
		});
	});
});

'use strict';
/** The credential's own call (Credential test). */

module.exports = {
	'com.alibaba.account:alibaba.account.basic-1': {
		check(json) {
			// The credential test reads the account; Any 1688 API → Call returns the JSON as it is.
			expect(json.result).toMatchObject({
				loginId: 'alitestforisv01',
				memberId: 'b2b-1623492085',
				userId: 1623492085,
			});
		},
		request: () => ({}),
	},
};

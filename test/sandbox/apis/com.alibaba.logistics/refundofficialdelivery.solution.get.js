'use strict';
/**
 * com.alibaba.logistics:refundofficialdelivery.solution.get-1 — the couriers that can collect a return at the door.
 * param = {"refundId","packageCount","totalWeight"? (g),"totalVolume"? (cm³),"couponId"?,"senderInfo"|"senderInfoStr"?,
 * "receiverInfo"|"receiverInfoStr"?} → {"result":{"success":true,"code":"","message":"","result":{…solutionDTOList…}}}.
 * The page lists no error codes; the sandbox's own in that envelope: 400, REFUND_NOT_EXIST, NO_PERMISSION,
 * REFUND_STATUS_ERROR (a pickup needs a return the seller agreed to).
 */
const { numberParam, objectJsonParam } = require('../../protocol/params');
const { addressOf, returnToCollect, solutionModel } = require('../../views/pickup');

const fail = (code, message) => ({ result: { success: false, code, message } });

module.exports = {
	namespace: 'com.alibaba.logistics',
	name: 'refundofficialdelivery.solution.get',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const { value: param, problem } = objectJsonParam(params, 'param');
		if (problem) return fail('400', problem);
		const found = returnToCollect(store, param.refundId);
		if (found.code) return fail(found.code, found.message);
		if (!Number.isInteger(Number(param.packageCount)) || Number(param.packageCount) < 1)
			return fail('400', 'packageCount must be a whole number from 1');
		const grams = numberParam(param, 'totalWeight', 1000);
		if (!Number.isFinite(grams) || grams <= 0)
			return fail('400', 'totalWeight must be grams above 0');
		const volume = numberParam(param, 'totalVolume', 12000);
		const result = solutionModel(
			found.refund,
			found.order,
			{
				grams,
				volume,
				sender: addressOf(param, 'senderInfo'),
				receiver: addressOf(param, 'receiverInfo'),
			},
			Date.now(),
		);
		return { result: { success: true, code: '', message: '', result } };
	},
};

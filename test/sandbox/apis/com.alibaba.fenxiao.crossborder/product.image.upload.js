'use strict';
/**
 * com.alibaba.fenxiao.crossborder:product.image.upload-1 — upload an image, get an imageId.
 * uploadImageParam = {"imageBase64"} (or, for multipart clients, any file part) →
 * {"result":{"success":"true","code":"200","message":"success","result":"<imageId>"}} (success is a String per the doc).
 */
const { ok, fail, objectParam } = require('../../views/crossborder');
const { averageColour } = require('../../data/images');

const MAX_BYTES = 3 * 1024 * 1024;
const S = { stringSuccess: true };

module.exports = {
	namespace: 'com.alibaba.fenxiao.crossborder',
	name: 'product.image.upload',
	version: '1',
	needsToken: true,
	handle({ params, files, store }) {
		let bytes;
		const file = Object.values(files || {})[0];
		if (file) {
			bytes = file.data;
		} else {
			const { value: q, error } = objectParam(params, 'uploadImageParam', S);
			if (error) return error;
			const b64 = String(q.imageBase64 || '').replace(/^data:[^,]*,/, '');
			if (!b64) return fail('400', 'imageBase64 is required', S);
			if (!/^[A-Za-z0-9+/=\s]+$/.test(b64))
				return fail('400', 'imageBase64 is not valid base64', S);
			bytes = Buffer.from(b64, 'base64');
		}
		if (bytes.length === 0) return fail('400', 'the image is empty', S);
		if (bytes.length > MAX_BYTES) return fail('400', 'the image is larger than 3 MB', S);
		const imageId = store.addImage(bytes);
		// PNGs are matched to offers by colour in product.search.imageQuery (see data/images.js).
		store.images.get(imageId).colour = averageColour(bytes);
		return ok(imageId, S);
	},
};

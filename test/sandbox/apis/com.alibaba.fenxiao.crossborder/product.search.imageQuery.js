'use strict';
/**
 * com.alibaba.fenxiao.crossborder:product.search.imageQuery-1 — image search by an uploaded imageId
 * (or a 1688 imageAddress). The "similar" offers are chosen deterministically: an uploaded PNG (or the
 * imageAddress of an offer's image) is matched by colour to the offer images of data/images.js, and
 * the hits are the offers of the best match's top category, closest colour first (so an offer's own
 * image finds that offer first). Other images: offers of one top category, ordered by a hash.
 * offerQueryParam = {imageId, beginPage, pageSize ≤ 50, country, keyword?, categoryId?, priceStart?,
 * priceEnd?, filter?, sort?, region?, auxiliaryText?, itemTitle?, keywordTranslate?, productCollectionId?}
 * → paging like keywordQuery (success is a String per the doc); the items add companyName, companyAddress
 * and offerDataInfo. region, auxiliaryText and itemTitle are accepted and do not change the seeded match.
 */
const crypto = require('node:crypto');
const { fail, searchParam, okPage, filterAndSort } = require('../../views/crossborder');
const { toImageSearchItem } = require('../../views/product');
const { offerSignature, rankByColour } = require('../../data/images');

const S = { stringSuccess: true };
const rank = (seed, id) =>
	crypto.createHash('md5').update(`${seed}:${id}`).digest().readUInt32BE(0);

module.exports = {
	namespace: 'com.alibaba.fenxiao.crossborder',
	name: 'product.search.imageQuery',
	version: '1',
	needsToken: true,
	handle({ params, store }) {
		const { value: q, error } = searchParam(params, 'offerQueryParam', S);
		if (error) return error;
		let seed;
		let colour = null;
		if (q.imageId !== undefined && q.imageId !== '') {
			const image = store.images.get(String(q.imageId));
			if (!image)
				return fail(
					'400',
					`imageId ${q.imageId} not found; upload it with product.image.upload first`,
					S,
				);
			seed = image.md5;
			colour = image.colour || null;
		} else if (q.imageAddress) {
			seed = crypto.createHash('md5').update(String(q.imageAddress)).digest('hex');
			const pictured = [...store.offers.values()].find((o) =>
				o.images.some((path) => String(q.imageAddress).endsWith(path)),
			);
			if (pictured) colour = offerSignature(pictured);
		} else {
			return fail('400', 'imageId is required', S);
		}
		const filtered = filterAndSort([...store.offers.values()], q, S);
		if (filtered.error) return filtered.error;
		const published = [...store.offers.values()].filter((o) => o.status === 'published');
		const tops = [...new Set([...store.offers.values()].map((o) => o.topCategoryId))].sort(
			(a, b) => a - b,
		);
		const top = colour
			? rankByColour(published, colour)[0].topCategoryId
			: tops[parseInt(seed.slice(0, 8), 16) % tops.length];
		let hits = filtered.list.filter((o) => o.topCategoryId === top);
		if (q.keyword) {
			const w = String(q.keyword).toLowerCase();
			hits = hits.filter((o) => `${o.subject} ${o.subjectTrans}`.toLowerCase().includes(w));
		}
		if (!q.sort)
			hits = colour
				? rankByColour(hits, colour)
				: [...hits].sort((a, b) => rank(seed, a.offerId) - rank(seed, b.offerId));
		return okPage(hits, q, (o) => toImageSearchItem(o, { currency: q.currency }), S);
	},
};

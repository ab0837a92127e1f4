'use strict';
/** A small seeded PRNG (mulberry32) with helpers; the same seed always gives the same sequence. */

/** @param {number} seed */
function createRng(seed) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const rng = {
		next,
		/** integer in [min, max] */
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		/** @template T @param {T[]} list @returns {T} */
		pick: (list) => list[Math.floor(next() * list.length)],
		chance: (p) => next() < p,
		/** a string of n decimal digits, the first one from `first` (default 1-9) */
		digits: (n, first = '123456789') => {
			let s = first[Math.floor(next() * first.length)];
			for (let i = 1; i < n; i++) s += String(Math.floor(next() * 10));
			return s;
		},
		hex: (n) => {
			let s = '';
			for (let i = 0; i < n; i++) s += Math.floor(next() * 16).toString(16);
			return s;
		},
		/** @template T @param {T[]} list @param {number} k @returns {T[]} k distinct elements, in list order */
		sample: (list, k) => {
			const idx = list.map((_, i) => i);
			for (let i = idx.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[idx[i], idx[j]] = [idx[j], idx[i]];
			}
			return idx
				.slice(0, k)
				.sort((x, y) => x - y)
				.map((i) => list[i]);
		},
		/** price with 2 decimals as a number */
		price: (min, max) => Math.round((min + next() * (max - min)) * 100) / 100,
	};
	return rng;
}

module.exports = { createRng };

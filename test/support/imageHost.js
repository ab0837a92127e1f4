'use strict';
/**
 * A tiny public image host on 127.0.0.1 for the image-search tests: offer pictures (the sandbox's own PNGs,
 * so the image search finds the offer), a JPEG, and the ways a download goes wrong (404, an HTML page, an
 * image over 3 MB). Every request is kept in `requests` (method, path, headers).
 */
const http = require('node:http');
const { offerImagePng } = require('../sandbox/data/images');

const HUGE_EXTRA_BYTES = 3 * 1024 * 1024;

function answer(res, status, type, body, headers = {}) {
	res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, ...headers });
	res.end(body);
}

/** @returns {Promise<{url: string, requests: object[], offerImageUrl: (offerId: number|string) => string, close: () => Promise<void>}>} */
async function startImageHost() {
	const requests = [];
	const server = http.createServer((req, res) => {
		const path = new URL(req.url, 'http://127.0.0.1').pathname;
		requests.push({ method: req.method, path, headers: { ...req.headers } });
		const offer = /^\/offers\/(\d+)\.png$/.exec(path);
		if (offer) return answer(res, 200, 'image/png', offerImagePng(Number(offer[1])));
		const mislabelled = /^\/cdn\/(\d+)$/.exec(path);
		if (mislabelled) return answer(res, 200, 'application/octet-stream', offerImagePng(Number(mislabelled[1])));
		if (path === '/moved.png') return answer(res, 302, 'text/plain', Buffer.from('moved'), { Location: '/offers/1.png' });
		if (path === '/photo.jpg') return answer(res, 200, 'image/jpeg', Buffer.concat([Buffer.from('ffd8ffe000104a46494600', 'hex'), Buffer.alloc(2048, 7)]));
		if (path === '/product.html') return answer(res, 200, 'text/html; charset=utf-8', Buffer.from('<!DOCTYPE html><html><body><img src="/offers/1.png"></body></html>'));
		if (path === '/huge.png') return answer(res, 200, 'image/png', Buffer.concat([offerImagePng(1), Buffer.alloc(HUGE_EXTRA_BYTES)]));
		return answer(res, 404, 'text/plain', Buffer.from('not found'));
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${server.address().port}`;
	return {
		url,
		requests,
		offerImageUrl: (offerId) => `${url}/offers/${offerId}.png`,
		close: () => new Promise((resolve) => {
			server.close(() => resolve());
			server.closeAllConnections();
		}),
	};
}

module.exports = { startImageHost, HUGE_EXTRA_BYTES };

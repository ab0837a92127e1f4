'use strict';
/**
 * A tiny image host for the image-search tests, on 127.0.0.1 (or another loopback address): offer pictures (the
 * sandbox's own PNGs, so the image search finds the offer), a JPEG, the ways a download goes wrong (404, an HTML
 * page, an image over 3 MB), and what a hostile server does to a downloader:
 * - `/redirect?to=<url>`: a 302 to any address (e.g. back to loopback or a metadata address);
 * - `/big.png?mb=64`: a PNG of that many megabytes, streamed without Content-Length, at the reader's pace;
 * - `/bomb.png`: a gzip bomb (Content-Encoding: gzip): a PNG header and zeros, inflated without end, ~1 KB on the
 *   wire per MB; `?mb=300` makes it finite;
 * - `/drip.png`: a PNG header, then one byte a second for as long as the reader waits (`?seconds=45`: then ends);
 * - `/secret.txt`, `/secret.json`: a body holding SECRET_TEXT, as an internal service would answer.
 * Every request is kept in `requests` (method, path, query, headers, authorization); for the streamed bodies,
 * `streams[path]` says how many bytes were handed to the socket (and, for the bomb, fed to gzip) before the reader
 * went away, and whether it did (`closed`).
 */
const http = require('node:http');
const zlib = require('node:zlib');
const { offerImagePng } = require('../sandbox/data/images');

const HUGE_EXTRA_BYTES = 3 * 1024 * 1024;
const MB = 1024 * 1024;
const SECRET_TEXT = 'SECRET-a1b2c3d4 internal admin panel: db password hunter2';
const PNG_HEAD = offerImagePng(1).subarray(0, 64);
const ZEROS = Buffer.alloc(MB);

function answer(res, status, type, body, headers = {}) {
	res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, ...headers });
	res.end(body);
}

/** Writes `total` bytes (a PNG header, then zeros) as fast as the reader takes them; counts what was handed over. */
function streamBig(res, total, record) {
	res.writeHead(200, { 'Content-Type': 'image/png' });
	record.bytes = 0;
	const writeMore = () => {
		while (!record.closed && record.bytes < total) {
			const chunk =
				record.bytes === 0
					? Buffer.concat([PNG_HEAD, ZEROS.subarray(PNG_HEAD.length, 64 * 1024)])
					: ZEROS.subarray(0, Math.min(64 * 1024, total - record.bytes));
			record.bytes += chunk.length;
			if (!res.write(chunk)) return void res.once('drain', writeMore);
		}
		if (!record.closed) res.end();
	};
	writeMore();
}

/** Gzip of a PNG header then zeros, fed as fast as the reader takes the compressed bytes; endless without a limit. */
function streamBomb(res, totalMb, record) {
	res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Encoding': 'gzip' });
	const gzip = zlib.createGzip({ level: 9 });
	gzip.pipe(res);
	record.inflated = 0;
	record.bytes = 0;
	gzip.on('data', (chunk) => (record.bytes += chunk.length));
	res.on('close', () => gzip.destroy());
	gzip.write(PNG_HEAD);
	const feed = () => {
		while (!record.closed && (totalMb === undefined || record.inflated < totalMb * MB)) {
			record.inflated += ZEROS.length;
			if (!gzip.write(ZEROS)) return void gzip.once('drain', feed);
		}
		if (!record.closed) gzip.end();
	};
	feed();
}

/** A PNG header, then one byte a second until the reader goes away (or, with `seconds`, until then). */
function drip(res, seconds, record) {
	res.writeHead(200, { 'Content-Type': 'image/png' });
	res.write(PNG_HEAD);
	record.bytes = PNG_HEAD.length;
	let ticks = 0;
	const timer = setInterval(() => {
		if (seconds !== undefined && ++ticks > seconds) return void res.end();
		record.bytes += 1;
		res.write(Buffer.from([0]));
	}, 1000);
	res.on('close', () => clearInterval(timer));
}

/**
 * @param {{ host?: string }} [options] the loopback address to listen on (127.0.0.1 unless said)
 * @returns {Promise<{url: string, port: number, requests: object[], streams: object, offerImageUrl: (offerId: number|string) => string, close: () => Promise<void>}>}
 */
async function startImageHost({ host = '127.0.0.1' } = {}) {
	const requests = [];
	const streams = {};
	const server = http.createServer((req, res) => {
		const parsed = new URL(req.url, `http://${host}`);
		const path = parsed.pathname;
		const query = Object.fromEntries(parsed.searchParams);
		requests.push({ method: req.method, path, query, headers: { ...req.headers } });
		const record = { closed: false };
		res.on('close', () => (record.closed = true));
		const offer = /^\/offers\/(\d+)\.png$/.exec(path);
		if (offer) return answer(res, 200, 'image/png', offerImagePng(Number(offer[1])));
		const mislabelled = /^\/cdn\/(\d+)$/.exec(path);
		if (mislabelled)
			return answer(res, 200, 'application/octet-stream', offerImagePng(Number(mislabelled[1])));
		if (path === '/moved.png')
			return answer(res, 302, 'text/plain', Buffer.from('moved'), { Location: '/offers/1.png' });
		if (path === '/redirect')
			return answer(res, 302, 'text/plain', Buffer.from(SECRET_TEXT), { Location: query.to });
		if (path === '/photo.jpg')
			return answer(
				res,
				200,
				'image/jpeg',
				Buffer.concat([Buffer.from('ffd8ffe000104a46494600', 'hex'), Buffer.alloc(2048, 7)]),
			);
		if (path === '/product.html')
			return answer(
				res,
				200,
				'text/html; charset=utf-8',
				Buffer.from('<!DOCTYPE html><html><body><img src="/offers/1.png"></body></html>'),
			);
		if (path === '/huge.png')
			return answer(
				res,
				200,
				'image/png',
				Buffer.concat([offerImagePng(1), Buffer.alloc(HUGE_EXTRA_BYTES)]),
			);
		if (path === '/secret.txt') return answer(res, 200, 'text/plain', Buffer.from(SECRET_TEXT));
		if (path === '/secret.json')
			return answer(
				res,
				200,
				`application/json; x=${SECRET_TEXT.replace(/\s/g, '')}`,
				Buffer.from(JSON.stringify({ secret: SECRET_TEXT })),
			);
		if (path === '/big.png')
			return streamBig(res, Number(query.mb ?? 64) * MB, (streams[path] = record));
		if (path === '/bomb.png')
			return streamBomb(
				res,
				query.mb === undefined ? undefined : Number(query.mb),
				(streams[path] = record),
			);
		if (path === '/drip.png')
			return drip(
				res,
				query.seconds === undefined ? undefined : Number(query.seconds),
				(streams[path] = record),
			);
		return answer(res, 404, 'text/plain', Buffer.from(`not found: ${SECRET_TEXT}`));
	});
	await new Promise((resolve) => server.listen(0, host, resolve));
	const port = server.address().port;
	const url = `http://${host}:${port}`;
	return {
		url,
		port,
		requests,
		streams,
		offerImageUrl: (offerId) => `${url}/offers/${offerId}.png`,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

module.exports = { startImageHost, HUGE_EXTRA_BYTES };

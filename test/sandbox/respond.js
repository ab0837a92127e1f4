'use strict';
/** Small helpers to write HTTP answers. */
const { stringify } = require('./protocol/json');

const JSON_TYPE = 'application/json;charset=UTF-8';

/** @param {import('node:http').ServerResponse} res @param {number} status @param {string|Buffer} text @param {string} [type] */
function sendText(res, status, text, type = 'text/plain;charset=UTF-8', headers = {}) {
	if (res.writableEnded || res.destroyed) return;
	const body = Buffer.isBuffer(text) ? text : Buffer.from(String(text), 'utf8');
	res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, ...headers });
	res.end(body);
}

/** JSON answer written with the long-aware serializer. */
function sendJson(res, status, value, headers = {}) {
	sendText(res, status, stringify(value), JSON_TYPE, headers);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

module.exports = { sendText, sendJson, sleep, JSON_TYPE };

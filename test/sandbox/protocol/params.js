'use strict';
/**
 * Request parameters: the query string merged with the body (body wins), where the body is
 * `application/x-www-form-urlencoded` or `multipart/form-data`. Multipart file parts are returned
 * separately (`files`) and are not part of the signed parameters.
 */

const MAX_BODY_BYTES = 20 * 1024 * 1024;

/** @param {import('node:http').IncomingMessage} req @returns {Promise<Buffer>} */
function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		req.on('data', (c) => {
			size += c.length;
			if (size > MAX_BODY_BYTES) {
				reject(Object.assign(new Error('body too large'), { code: 'BODY_TOO_LARGE' }));
				req.destroy();
				return;
			}
			chunks.push(c);
		});
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

/** @param {string} text @param {Record<string,string>} into */
function addUrlEncoded(text, into) {
	for (const [k, v] of new URLSearchParams(text)) into[k] = v;
}

/**
 * @typedef {{name: string, filename: string, contentType: string, data: Buffer}} FilePart
 * @param {Buffer} body @param {string} boundary
 * @returns {{fields: Record<string,string>, files: Record<string, FilePart>}}
 */
function parseMultipart(body, boundary) {
	const fields = {};
	const files = {};
	const delimiter = Buffer.from('--' + boundary);
	let pos = body.indexOf(delimiter);
	while (pos !== -1) {
		pos += delimiter.length;
		if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break; // closing "--"
		if (body[pos] === 0x0d && body[pos + 1] === 0x0a) pos += 2;
		const headerEnd = body.indexOf('\r\n\r\n', pos);
		if (headerEnd === -1) break;
		const headers = body.subarray(pos, headerEnd).toString('utf8');
		const next = body.indexOf(delimiter, headerEnd + 4);
		if (next === -1) break;
		let data = body.subarray(headerEnd + 4, next);
		if (data.length >= 2 && data[data.length - 2] === 0x0d && data[data.length - 1] === 0x0a)
			data = data.subarray(0, data.length - 2);
		const disposition = /content-disposition:([^\r\n]*)/i.exec(headers);
		const nameMatch = disposition && /\bname="([^"]*)"/i.exec(disposition[1]);
		const fileMatch = disposition && /\bfilename="([^"]*)"/i.exec(disposition[1]);
		const typeMatch = /content-type:\s*([^\r\n]*)/i.exec(headers);
		if (nameMatch) {
			if (fileMatch) {
				files[nameMatch[1]] = {
					name: nameMatch[1],
					filename: fileMatch[1],
					contentType: typeMatch ? typeMatch[1].trim() : 'application/octet-stream',
					data: Buffer.from(data),
				};
			} else {
				fields[nameMatch[1]] = data.toString('utf8');
			}
		}
		pos = next;
	}
	return { fields, files };
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {URL} url
 * @returns {Promise<{params: Record<string,string>, files: Record<string, FilePart>, rawBody: Buffer}>}
 */
async function readParams(req, url) {
	/** @type {Record<string,string>} */
	const params = {};
	for (const [k, v] of url.searchParams) params[k] = v;
	let files = {};
	const rawBody =
		req.method === 'GET' || req.method === 'HEAD' ? Buffer.alloc(0) : await readBody(req);
	const type = String(req.headers['content-type'] || '').toLowerCase();
	if (rawBody.length > 0) {
		if (type.startsWith('multipart/form-data')) {
			const b = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(String(req.headers['content-type']));
			if (b) {
				const parsed = parseMultipart(rawBody, (b[1] || b[2]).trim());
				Object.assign(params, parsed.fields);
				files = parsed.files;
			}
		} else if (!type.includes('json')) {
			// form-urlencoded, and also what clients send without a content type
			addUrlEncoded(rawBody.toString('utf8'), params);
		}
	}
	return { params, files, rawBody };
}

/**
 * A JSON-object parameter: `{ value, raw }` (raw: the text, to read Long fields exactly), or `{ problem }`
 * saying why not (absent, not JSON, not an object) for the caller to answer in its API's error envelope.
 */
function objectJsonParam(params, name) {
	const raw = params[name];
	if (raw === undefined || raw === '') return { problem: `${name} is required` };
	let value;
	try {
		value = JSON.parse(raw);
	} catch {
		return { problem: `${name} is not valid JSON` };
	}
	if (!value || typeof value !== 'object' || Array.isArray(value))
		return { problem: `${name} must be a JSON object` };
	return { value, raw };
}

/** A numeric parameter, `fallback` when absent or empty (NaN for non-numbers, for the caller to refuse). */
function numberParam(params, name, fallback) {
	const raw = params[name];
	return raw === undefined || raw === '' ? fallback : Number(raw);
}

module.exports = { readParams, readBody, parseMultipart, objectJsonParam, numberParam };

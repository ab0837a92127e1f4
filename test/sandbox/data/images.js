'use strict';
/**
 * Real (tiny) offer images for the image search: every offer has a 16×16 PNG generated from its ID
 * (a coloured tile with a darker square in the middle), and an uploaded PNG is matched to offers by
 * its average colour, so uploading an offer's own picture finds that offer first, deterministically.
 * Other formats (JPEG, WebP…) are not decoded: the search then falls back to a hash of the bytes.
 */
const crypto = require('node:crypto');
const zlib = require('node:zlib');

const SIZE = 16;
const PNG_SIGNATURE = Buffer.from('89504e470d0a1a0a', 'hex');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes) {
	let c = 0xffffffff;
	for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'latin1');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
	return Buffer.concat([head, data, crc]);
}

/**
 * An 8-bit RGB PNG. @param {number} width @param {number} height
 * @param {(x: number, y: number) => number[]} pixel → [r, g, b]
 */
function encodePng(width, height, pixel) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bit depth
	header[9] = 2; // colour type: RGB
	const raw = Buffer.alloc(height * (1 + width * 3));
	for (let y = 0; y < height; y++) {
		const row = y * (1 + width * 3);
		raw[row] = 0; // filter: none
		for (let x = 0; x < width; x++) {
			const [r, g, b] = pixel(x, y);
			raw[row + 1 + x * 3] = r;
			raw[row + 2 + x * 3] = g;
			raw[row + 3 + x * 3] = b;
		}
	}
	return Buffer.concat([
		PNG_SIGNATURE,
		chunk('IHDR', header),
		chunk('IDAT', zlib.deflateSync(raw)),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

const CHANNELS = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a, b, c) {
	const p = a + b - c;
	const pa = Math.abs(p - a);
	const pb = Math.abs(p - b);
	const pc = Math.abs(p - c);
	return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undo the per-row PNG filters in place. */
function unfilter(data, width, height, bpp) {
	const stride = width * bpp;
	const out = Buffer.alloc(height * stride);
	for (let y = 0; y < height; y++) {
		const type = data[y * (stride + 1)];
		const line = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
		for (let i = 0; i < stride; i++) {
			const a = i >= bpp ? out[y * stride + i - bpp] : 0;
			const b = y > 0 ? out[(y - 1) * stride + i] : 0;
			const c = i >= bpp && y > 0 ? out[(y - 1) * stride + i - bpp] : 0;
			const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][type];
			if (predictor === undefined) throw new Error(`PNG filter ${type} unknown`);
			out[y * stride + i] = (line[i] + predictor) & 0xff;
		}
	}
	return out;
}

/**
 * Decodes an 8-bit, non-interlaced grey/RGB/RGBA PNG. @returns {{width, height, rgb: number[][]}|null}
 * null for anything else (other formats, palettes, 16-bit, broken files).
 */
function decodePng(bytes) {
	try {
		if (!Buffer.isBuffer(bytes) || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
		let pos = 8;
		let header;
		const idat = [];
		while (pos + 8 <= bytes.length) {
			const length = bytes.readUInt32BE(pos);
			const type = bytes.toString('latin1', pos + 4, pos + 8);
			const data = bytes.subarray(pos + 8, pos + 8 + length);
			if (type === 'IHDR') header = data;
			else if (type === 'IDAT') idat.push(data);
			else if (type === 'IEND') break;
			pos += 12 + length;
		}
		if (!header || idat.length === 0) return null;
		const width = header.readUInt32BE(0);
		const height = header.readUInt32BE(4);
		const channels = CHANNELS[header[9]];
		if (
			header[8] !== 8 ||
			!channels ||
			header[12] !== 0 ||
			width * height === 0 ||
			width * height > 4_000_000
		)
			return null;
		const pixels = unfilter(zlib.inflateSync(Buffer.concat(idat)), width, height, channels);
		const rgb = [];
		for (let i = 0; i < width * height; i++) {
			const p = pixels.subarray(i * channels, (i + 1) * channels);
			rgb.push(channels < 3 ? [p[0], p[0], p[0]] : [p[0], p[1], p[2]]);
		}
		return { width, height, rgb };
	} catch {
		return null;
	}
}

/** The mean colour of a PNG, [r, g, b] rounded; null when the bytes are not a PNG this can read. */
function averageColour(bytes) {
	const image = decodePng(bytes);
	if (!image) return null;
	const sum = [0, 0, 0];
	for (const pixel of image.rgb) for (let i = 0; i < 3; i++) sum[i] += pixel[i];
	return sum.map((s) => Math.round(s / image.rgb.length));
}

/** The colour of an offer's tile, from its ID. */
function offerColour(offerId) {
	const hash = crypto.createHash('md5').update(`offer-image:${offerId}`).digest();
	return [hash[0], hash[1], hash[2]];
}

const pngs = new Map();

/** The offer's main image as PNG bytes (the same bytes on every call). @param {{offerId: number}|number} offer */
function offerImagePng(offer) {
	const offerId = typeof offer === 'object' ? offer.offerId : Number(offer);
	if (!pngs.has(offerId)) {
		const tile = offerColour(offerId);
		const centre = tile.map((v) => Math.round(v * 0.6));
		const inside = (v) => v >= 4 && v < 12;
		pngs.set(
			offerId,
			encodePng(SIZE, SIZE, (x, y) => (inside(x) && inside(y) ? centre : tile)),
		);
	}
	return pngs.get(offerId);
}

const signatures = new Map();

/** The average colour of the offer's PNG: what an upload of that image is compared with. */
function offerSignature(offer) {
	if (!signatures.has(offer.offerId))
		signatures.set(offer.offerId, averageColour(offerImagePng(offer)));
	return signatures.get(offer.offerId);
}

const distance = (a, b) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;

/** Offers by how close their image's colour is to `colour` (ties by offerId). */
function rankByColour(offers, colour) {
	return offers
		.map((offer) => ({ offer, d: distance(offerSignature(offer), colour) }))
		.sort((a, b) => a.d - b.d || a.offer.offerId - b.offer.offerId)
		.map((x) => x.offer);
}

module.exports = {
	encodePng,
	decodePng,
	averageColour,
	offerColour,
	offerImagePng,
	offerSignature,
	rankByColour,
	crc32,
	pngChunk: chunk,
};

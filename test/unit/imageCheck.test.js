'use strict';
const {
	imageFormat,
	imageProblem,
	describeContent,
	formatBytes,
	MAX_IMAGE_BYTES,
} = require('../../dist/nodes/Alibaba1688/helpers/imageCheck');
const {
	requireImageUrl,
	isAlibabaImageUrl,
} = require('../../dist/nodes/Alibaba1688/actions/product/imageInput');

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

describe('image checks before an upload', () => {
	test('recognises image formats by their first bytes, whatever the name or type says', () => {
		expect(imageFormat(PNG)).toBe('PNG');
		expect(imageFormat(Buffer.from('ffd8ffe000104a464946', 'hex'))).toBe('JPEG');
		expect(imageFormat(Buffer.from('GIF89a...'))).toBe('GIF');
		expect(
			imageFormat(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')])),
		).toBe('WebP');
		expect(imageFormat(Buffer.from('BM\u0000\u0000'))).toBe('BMP');
		expect(
			imageFormat(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt ')])),
		).toBeUndefined();
		expect(imageFormat(Buffer.from('hello, world'))).toBeUndefined();
	});

	test('says what a non-image is', () => {
		expect(describeContent(Buffer.from('<!DOCTYPE html><html><body>Not found'), 'text/html')).toBe(
			'an HTML page (text/html)',
		);
		expect(describeContent(Buffer.from('\uFEFF  <html lang="en">'))).toBe('an HTML page');
		expect(
			describeContent(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml'),
		).toBe('an SVG drawing (1688 reads pixels only) (image/svg+xml)');
		expect(describeContent(Buffer.from('{"error":"forbidden"}'), 'application/json')).toBe(
			'JSON (application/json)',
		);
		expect(describeContent(Buffer.from('%PDF-1.7\n'))).toBe('a PDF document');
		expect(describeContent(Buffer.from('504b030414000000', 'hex'))).toBe('a ZIP archive');
		expect(describeContent(Buffer.from('name,price\nbag,12\n'), 'text/csv')).toBe(
			'text starting "name,price bag,12" (text/csv)',
		);
		expect(describeContent(Buffer.from('00010203', 'hex'))).toBe(
			'unknown data starting 0x00010203',
		);
	});

	test('what a server answered is named by its kind, never quoted; odd Content-Types are left out', () => {
		const secret = Buffer.from('SECRET-a1b2 db password hunter2');
		expect(describeContent(secret, 'text/plain', { quote: false })).toBe('text (text/plain)');
		expect(describeContent(Buffer.from('00010203', 'hex'), undefined, { quote: false })).toBe(
			'unknown data',
		);
		expect(describeContent(Buffer.from('<html><body>SECRET'), 'text/html', { quote: false })).toBe(
			'an HTML page (text/html)',
		);
		expect(describeContent(Buffer.from('<html>'), 'text/html; x="SECRET hunter2"')).toBe(
			'an HTML page',
		);
		expect(describeContent(secret, 'text/SECRET hunter2', { quote: false })).toBe('text');
		expect(imageProblem(secret, 'text/plain', { quote: false })).toBe(
			'is not an image (PNG, JPEG, GIF, WebP, BMP): it is text (text/plain)',
		);
	});

	test('imageProblem: empty, not an image, too large (with both sizes), or fine', () => {
		expect(imageProblem(Buffer.alloc(0))).toBe('is empty (0 bytes)');
		expect(imageProblem(Buffer.from('<html>'), 'text/html')).toBe(
			'is not an image (PNG, JPEG, GIF, WebP, BMP): it is an HTML page (text/html)',
		);
		const big = Buffer.concat([PNG, Buffer.alloc(MAX_IMAGE_BYTES)]);
		expect(imageProblem(big)).toBe(
			`is too large: 3.0 MB (${big.length} bytes), above the 3.0 MB the image search accepts`,
		);
		expect(
			imageProblem(Buffer.concat([PNG, Buffer.alloc(MAX_IMAGE_BYTES - PNG.length)])),
		).toBeUndefined();
		expect([formatBytes(120), formatBytes(310 * 1024), formatBytes(2.4 * 1024 * 1024)]).toEqual([
			'120 bytes',
			'310 KB',
			'2.4 MB',
		]);
	});

	test("image URLs: any public http(s) address; those on 1688's CDN are searched directly", () => {
		const url = requireImageUrl(' https://m.media-amazon.com/images/I/71abc.jpg ');
		expect(url.toString()).toBe('https://m.media-amazon.com/images/I/71abc.jpg');
		expect(isAlibabaImageUrl(url)).toBe(false);
		expect(isAlibabaImageUrl(requireImageUrl('https://cbu01.alicdn.com/img/ibank/a.jpg'))).toBe(
			true,
		);
		expect(isAlibabaImageUrl(requireImageUrl('http://img.1688.com/a.png'))).toBe(true);
		expect(isAlibabaImageUrl(requireImageUrl('https://alicdn.com.evil.test/a.jpg'))).toBe(false);
		for (const bad of ['ftp://cbu01.alicdn.com/a.jpg', 'not a url', 'file:///etc/passwd']) {
			expect(() => requireImageUrl(bad)).toThrow(
				/^Image URL: must be an http or https address of an image, got /,
			);
		}
		expect(() => requireImageUrl('')).toThrow('Image URL: is required and must not be empty');
		expect(() => requireImageUrl('ftp://bob:hunter2@example.com/a.jpg?token=t0k3n')).toThrow(
			'Image URL: must be an http or https address of an image, got ftp://example.com/a.jpg?token=…',
		);
	});
});

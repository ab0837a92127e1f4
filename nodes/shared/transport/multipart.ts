/** One file part of a multipart/form-data body. */
export interface FilePart {
	/** The parameter name, e.g. `imageData`. */
	name: string;
	fileName: string;
	contentType: string;
	bytes: Buffer;
}

/**
 * A multipart/form-data body holding file parts only (RFC 7578): what 1688 takes for a byte[] parameter, outside
 * the signature (uploadRefundVoucher-1's form sample). Built as bytes, so it can be sent again after a token renewal.
 */
export function multipartBody(boundary: string, files: FilePart[]): Buffer {
	const chunks: Buffer[] = [];
	for (const file of files) {
		const header =
			`--${boundary}\r\n` +
			`Content-Disposition: form-data; name="${file.name}"; filename="${file.fileName.replace(/["\r\n]/g, '_')}"\r\n` +
			`Content-Type: ${file.contentType}\r\n\r\n`;
		chunks.push(Buffer.from(header, 'utf8'), file.bytes, Buffer.from('\r\n'));
	}
	chunks.push(Buffer.from(`--${boundary}--\r\n`));
	return Buffer.concat(chunks);
}

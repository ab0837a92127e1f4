/**
 * A URL as errors may show it: without `user:password@` and with every query value hidden (`?token=…`),
 * because signed links and intranet addresses carry their secrets there.
 */

const HIDDEN = '…';
const MAX_LENGTH = 160;

function shorten(text: string): string {
	return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 3)}...` : text;
}

/** `https://cdn.example.com/a.png?token=…&size=…` for `https://user:pw@cdn.example.com/a.png?token=abc&size=2#x`. */
export function safeUrlText(url: URL): string {
	const names = url.search
		.slice(1)
		.split('&')
		.filter((pair) => pair !== '')
		.map((pair) => `${pair.split('=')[0]}=${HIDDEN}`);
	const query = names.length > 0 ? `?${names.join('&')}` : '';
	return shorten(`${url.protocol}//${url.host}${url.pathname}${query}`);
}

/**
 * Text that was meant to be a URL but is not one (or not http), for an error: parsed and shown as safeUrlText
 * when it parses, otherwise with anything like `user:password@` and query values hidden.
 */
export function safeUrlInput(text: string): string {
	try {
		const url = new URL(text);
		if (url.host !== '') return safeUrlText(url);
	} catch {
		// Not a URL: hide what looks like credentials and query values in the text itself.
	}
	return shorten(
		text.replace(/[^\s/@]*@/g, `${HIDDEN}@`).replace(/([?&][^=&\s]*=)[^&\s#]*/g, `$1${HIDDEN}`),
	);
}

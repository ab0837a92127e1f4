/**
 * JSON text for a parameter whose Long fields may hold 19-digit IDs (order IDs), which a JavaScript number
 * cannot carry exactly: the IDs are given as digit strings and written as bare number literals, as the API's
 * Long type reads them. `jsonWithLongs({ orderId: '2304567890123456789', payChannel: 'alipay' }, ['orderId'])`
 * → `{"orderId":2304567890123456789,"payChannel":"alipay"}`.
 */
export function jsonWithLongs(value: Record<string, unknown>, longKeys: string[]): string {
	let text = JSON.stringify(value);
	for (const key of longKeys) {
		const digits = value[key];
		if (typeof digits !== 'string' || !/^\d{1,20}$/.test(digits)) continue;
		text = text.replace(`${JSON.stringify(key)}:${JSON.stringify(digits)}`, `${JSON.stringify(key)}:${digits}`);
	}
	return text;
}

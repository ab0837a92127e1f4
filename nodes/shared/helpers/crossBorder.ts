import type { IDataObject } from 'n8n-workflow';

/**
 * What a cross-border API answered inside its own envelope, `{"result":{"success","code","message","result":…}}`
 * (the trend APIs: `retCode`/`retMsg`). category.translation.getById's doc example has no inner envelope
 * (`{"result":{category},"success":true,"code":"S0000"}`): then `result` itself is the answer.
 * A failed envelope never gets here: the transport throws for `success` false.
 */
export function crossBorderPayload(response: IDataObject): unknown {
	const envelope = response.result;
	if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope))
		return undefined;
	const wrapped = 'success' in envelope || 'code' in envelope || 'retCode' in envelope;
	return wrapped ? (envelope as IDataObject).result : envelope;
}

/**
 * An ID inside a JSON parameter (the API declares it a Long): a JSON number while it is exact,
 * otherwise its digits as text rather than a rounded number.
 */
export function jsonId(id: string): number | string {
	const value = Number(id);
	return Number.isSafeInteger(value) ? value : id;
}

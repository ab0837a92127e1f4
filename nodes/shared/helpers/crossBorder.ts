import type { IDataObject } from 'n8n-workflow';

/**
 * What a cross-border API answered inside its own envelope, `{"result":{"success","code","message","result":…}}`.
 * A failed envelope never gets here: the transport throws for `result.success` false.
 */
export function crossBorderPayload(response: IDataObject): unknown {
	const envelope = response.result;
	return typeof envelope === 'object' && envelope !== null ? (envelope as IDataObject).result : undefined;
}

/**
 * An ID inside a JSON parameter (the API declares it a Long): a JSON number while it is exact,
 * otherwise its digits as text rather than a rounded number.
 */
export function jsonId(id: string): number | string {
	const value = Number(id);
	return Number.isSafeInteger(value) ? value : id;
}

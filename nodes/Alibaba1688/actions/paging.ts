import type { IExecuteFunctions } from 'n8n-workflow';

import { InputError } from '../../shared/helpers/inputError';

/**
 * What the Return All and Limit fields (`returnAllOrLimit`) say for one item; a bad limit is an input error.
 * With Return All the limit is Infinity, so `list.slice(0, limit)` serves both.
 */
export function readPaging(
	this: IExecuteFunctions,
	itemIndex: number,
): { returnAll: boolean; limit: number } {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	if (returnAll) return { returnAll, limit: Infinity };
	const limit = Number(this.getNodeParameter('limit', itemIndex, 50));
	if (!Number.isInteger(limit) || limit < 1) {
		throw new InputError('Limit', `must be a whole number from 1, got ${String(limit)}`);
	}
	return { returnAll, limit };
}

import { InputError } from '../../../shared/helpers/inputError';
import type { SimpleProduct } from '../../../shared/helpers/simplifyProduct';

export type StockMode = 'set' | 'adjust';

/** One requested change: a SKU (skuId or specId; undefined = every SKU of the offer) and a quantity. */
export interface StockRow {
	sku?: string;
	quantity: number;
}

/** A change worked out against the offer's current stock. */
export interface PlannedChange {
	skuId?: string;
	specId?: string;
	attributes?: string;
	before: number;
	after: number;
	change: number;
}

const SKU_ID = /^\d{1,20}$/;
const SPEC_ID = /^[0-9a-f]{32}$/i;

function describe(value: unknown): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return text === undefined ? String(value) : text;
}

function readQuantity(field: string, row: number, mode: StockMode, value: unknown): number {
	const quantity = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof quantity !== 'number' || !Number.isInteger(quantity)) {
		throw new InputError(
			field,
			`row ${row}: the quantity must be a whole number, got ${describe(value)}`,
		);
	}
	if (mode === 'set' && quantity < 0) {
		throw new InputError(field, `row ${row}: stock cannot be set below 0, got ${quantity}`);
	}
	return quantity;
}

function readSku(field: string, row: number, value: unknown): string | undefined {
	if (value === undefined || value === null) return undefined;
	const sku = String(value).trim();
	if (sku === '') return undefined;
	if (!SKU_ID.test(sku) && !SPEC_ID.test(sku)) {
		throw new InputError(
			field,
			`row ${row}: "${sku}" is neither a skuId (digits) nor a specId (32 hexadecimal characters)`,
			'Get the offer first: every SKU has a skuId and a specId. Leave the SKU empty to change every SKU.',
		);
	}
	return sku.toLowerCase();
}

/**
 * Checks the requested rows before anything is sent: whole-number quantities (set ≥ 0), well-formed
 * SKU IDs, no SKU twice, and "every SKU" (an empty SKU) only on its own.
 */
export function parseStockRows(
	field: string,
	mode: StockMode,
	rows: Array<{ sku?: unknown; quantity?: unknown }>,
): StockRow[] {
	if (rows.length === 0) throw new InputError(field, 'add at least one SKU and quantity');
	const parsed = rows.map((row, index) => ({
		sku: readSku(field, index + 1, row.sku),
		quantity: readQuantity(field, index + 1, mode, row.quantity),
	}));
	if (parsed.length > 1 && parsed.some((row) => row.sku === undefined)) {
		throw new InputError(
			field,
			'a row without a SKU changes every SKU, so it must be the only row',
		);
	}
	const seen = new Set<string>();
	for (const [index, { sku }] of parsed.entries()) {
		if (sku !== undefined && seen.has(sku))
			throw new InputError(field, `row ${index + 1}: SKU ${sku} is listed twice`);
		if (sku !== undefined) seen.add(sku);
	}
	return parsed;
}

function plan(
	before: number,
	mode: StockMode,
	quantity: number,
	sku: Omit<PlannedChange, 'before' | 'after' | 'change'>,
): PlannedChange {
	const after = mode === 'set' ? quantity : before + quantity;
	if (after < 0) {
		throw new InputError(
			'Quantity',
			`SKU ${sku.specId ?? sku.skuId ?? '(offer)'} has ${before} in stock; changing it by ${quantity} would leave ${after}`,
		);
	}
	return { ...sku, before, after, change: after - before };
}

/**
 * Works out each SKU's new stock from the offer as it is now. A SKU the offer does not have, or a
 * change that would take stock below 0, is an input error: nothing is sent.
 */
export function planStockChanges(
	product: SimpleProduct,
	mode: StockMode,
	rows: StockRow[],
): PlannedChange[] {
	const offerId = product.offerId ?? '';
	if (product.skus.length === 0) {
		if (rows[0].sku !== undefined) {
			throw new InputError(
				'SKU',
				`offer ${offerId} has no SKUs; leave the SKU empty to change the offer's stock`,
			);
		}
		return [plan(product.totalStock ?? 0, mode, rows[0].quantity, {})];
	}
	if (rows[0].sku === undefined) {
		return product.skus.map(({ skuId, specId, attributes, stock }) =>
			plan(stock ?? 0, mode, rows[0].quantity, { skuId, specId, attributes }),
		);
	}
	return rows.map(({ sku, quantity }) => {
		const match = product.skus.find(
			(candidate) => candidate.skuId === sku || candidate.specId?.toLowerCase() === sku,
		);
		if (!match) {
			throw new InputError(
				'SKU',
				`${sku} is not a SKU of offer ${offerId}`,
				'Get the offer to see the skuId and specId of each SKU.',
			);
		}
		return plan(match.stock ?? 0, mode, quantity, {
			skuId: match.skuId,
			specId: match.specId,
			attributes: match.attributes,
		});
	});
}

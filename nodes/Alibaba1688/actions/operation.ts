import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/**
 * One operation of the node: its editor fields, and what it does for one input item. It returns one
 * object (one output item) or a list (one output item each); the router adds pairing and error handling.
 */
export interface Operation {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]>;
	/**
	 * The operation only reads, so input items may run side by side (within the credential's rate).
	 * Operations that change something run one item after another: when one fails, later items must
	 * not have been sent.
	 */
	readOnly?: boolean;
}

export type ResourceOperations = Record<string, Operation>;

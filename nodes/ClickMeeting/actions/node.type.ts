import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { resources } from './resources';

/** A resource's value, e.g. `conference` (derived from `resources.ts`, where the list lives). */
export type Resource = keyof typeof resources;

/** Every resource and its operations, derived from `resources.ts`. */
export type NodeMap = { [R in Resource]: (typeof resources)[R]['operations'][number] };

export type OperationExecute = (
	this: IExecuteFunctions,
	itemIndex: number,
) => Promise<INodeExecutionData[]>;

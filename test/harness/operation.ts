/**
 * One operation of the ClickMeeting node as a function of its other parameters, so a test names
 * the resource and operation once:
 *
 *   const getAll = operation(sim, 'conference', 'getAll');
 *   const { items, requests } = await getAll({ status: 'active', returnAll: true });
 *   await runOperation(sim, 'conference', 'delete', { room: room(7) });
 */
import type { INodeParameters } from 'n8n-workflow';

import type { ClickMeetingSimulator } from '../../simulator';
import type { NodeRunOptions, NodeRunResult } from './run-workflow';
import { runNode } from './run-workflow';

export type OperationRun = (
	parameters?: INodeParameters,
	options?: NodeRunOptions,
) => Promise<NodeRunResult>;

/** Runs Start -> ClickMeeting `resource` `name` with these parameters (runNode). */
export function operation(
	sim: ClickMeetingSimulator,
	resource: string,
	name: string,
): OperationRun {
	return async (parameters = {}, options = {}) =>
		await runNode(sim, { resource, operation: name, ...parameters }, options);
}

/** The same in one call. */
export async function runOperation(
	sim: ClickMeetingSimulator,
	resource: string,
	name: string,
	parameters: INodeParameters = {},
	options: NodeRunOptions = {},
): Promise<NodeRunResult> {
	return await operation(sim, resource, name)(parameters, options);
}

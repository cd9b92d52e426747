/**
 * Runs a node's `methods` (loadOptions, listSearch) as the editor does: n8n-core's
 * LoadOptionsContext over a one-node workflow, the node's current parameters set on the host
 * data, credentials pointing at the simulator.
 */
import { LoadOptionsContext } from 'n8n-core';
import type { ILoadOptionsFunctions, INodeListSearchResult, INodeParameters } from 'n8n-workflow';

import type { ClickMeetingSimulator } from '../../simulator';
import { CLICKMEETING, CLICKMEETING_ACCOUNT, testNode, workflowOf } from './node-types';
import { buildAdditionalData, credentialsFor } from './run-workflow';

/** The context the editor gives a method of the parameter at `path` (e.g. 'parameters.room'). */
export function loadOptionsContext(
	sim: ClickMeetingSimulator,
	parameters: INodeParameters,
	path: string,
): ILoadOptionsFunctions {
	const node = testNode({
		id: 'clickmeeting',
		name: 'ClickMeeting',
		type: CLICKMEETING,
		parameters,
		credentials: CLICKMEETING_ACCOUNT,
	});
	const workflow = workflowOf([node]);
	const additionalData = buildAdditionalData(credentialsFor(sim));
	additionalData.currentNodeParameters = parameters;
	return new LoadOptionsContext(workflow, node, additionalData, path);
}

/** Runs a listSearch method of the parameter at `path` as the editor does, with these node parameters. */
export async function listSearch(
	method: (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	) => Promise<INodeListSearchResult>,
	sim: ClickMeetingSimulator,
	parameters: INodeParameters,
	path: string,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	return await method.call(loadOptionsContext(sim, parameters, path), filter, token);
}

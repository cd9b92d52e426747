import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { properties } from './actions/properties';
import { parallelRequests } from './actions/requestOptions';
import { route } from './actions/router';
import { forEachBounded } from './helpers/concurrency';
import { listSearch, loadOptions } from './methods';

export class ClickMeeting implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ClickMeeting',
		name: 'clickMeeting',
		icon: { light: 'file:clickmeeting.svg', dark: 'file:clickmeeting.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Manage ClickMeeting rooms, sessions, attendees, registrations, reports, files and recordings',
		defaults: { name: 'ClickMeeting' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'clickMeetingApi', required: true }],
		properties,
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const results: INodeExecutionData[][] = new Array(items.length);
		let failure: { error: Error; itemIndex: number } | undefined;

		await forEachBounded(
			items.length,
			parallelRequests(this),
			async (itemIndex) => {
				try {
					const data = await route.call(this, itemIndex);
					results[itemIndex] = this.helpers.constructExecutionMetaData(data, {
						itemData: { item: itemIndex },
					});
				} catch (error) {
					if (this.continueOnFail()) {
						results[itemIndex] = [
							{ json: { error: (error as Error).message }, pairedItem: { item: itemIndex } },
						];
					} else {
						failure ??= { error: error as Error, itemIndex };
					}
				}
			},
			() => failure !== undefined,
		);

		if (failure) {
			const { error, itemIndex } = failure;
			if (error instanceof NodeApiError) {
				error.context.itemIndex ??= itemIndex;
				throw new NodeApiError(this.getNode(), error as unknown as JsonObject, { itemIndex });
			}
			throw new NodeOperationError(this.getNode(), error, { itemIndex });
		}
		return [results.flat()];
	}
}

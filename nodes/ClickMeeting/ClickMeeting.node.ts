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
		// A 429 storm does not multiply load: once one item gave up on rate limiting (after its
		// Max Attempts), no further item is sent; with Continue On Fail they get an error item.
		// So a batch makes at most Parallel Requests × Max Attempts rate-limited requests.
		let rateLimited: number | undefined;
		const started = new Set<number>();

		await forEachBounded(
			items.length,
			parallelRequests(this),
			async (itemIndex) => {
				started.add(itemIndex);
				try {
					const data = await route.call(this, itemIndex);
					results[itemIndex] = this.helpers.constructExecutionMetaData(data, {
						itemData: { item: itemIndex },
					});
				} catch (error) {
					if (error instanceof NodeApiError && error.httpCode === '429') rateLimited ??= itemIndex;
					if (this.continueOnFail()) {
						results[itemIndex] = [
							{ json: { error: (error as Error).message }, pairedItem: { item: itemIndex } },
						];
					} else {
						failure ??= { error: error as Error, itemIndex };
					}
				}
			},
			() => failure !== undefined || rateLimited !== undefined,
		);

		if (rateLimited !== undefined && !failure) {
			for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
				if (started.has(itemIndex)) continue;
				results[itemIndex] = [
					{
						json: {
							error: `Not sent: ClickMeeting was rate limiting this API key (item ${rateLimited + 1} gave up after its Max Attempts), so the rest of the batch was not sent`,
						},
						pairedItem: { item: itemIndex },
					},
				];
			}
		}

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

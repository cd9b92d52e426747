import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeApiError, NodeConnectionTypes, NodeError, NodeOperationError } from 'n8n-workflow';

import { properties } from './actions/properties';
import { parallelRequests } from './actions/requestOptions';
import { route } from './actions/router';
import { forEachLimited } from './helpers/concurrency';
import { executionContext } from './helpers/executionContext';
import { listSearch, loadOptions } from './methods';
import { RequestLimiter } from './transport/limiter';

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
		// Per execution: Parallel Requests (Auto grows and backs off, see transport/limiter.ts) and
		// the parameters that have one value for every item, read once; `={{ $json.name }}` fields
		// read from the item (see helpers/executionContext.ts).
		const { max, auto } = parallelRequests(this);
		const limiter = new RequestLimiter(max, auto);
		const ctx = executionContext(this, limiter, properties);

		await forEachLimited(
			items.length,
			limiter,
			async (itemIndex) => {
				started.add(itemIndex);
				try {
					const data = await route.call(ctx, itemIndex);
					results[itemIndex] = this.helpers.constructExecutionMetaData(data, {
						itemData: { item: itemIndex },
					});
				} catch (error) {
					if (error instanceof NodeApiError && error.httpCode === '429') rateLimited ??= itemIndex;
					if (this.continueOnFail()) {
						results[itemIndex] = [
							{ json: { error: (error as Error).message }, pairedItem: { item: itemIndex } },
						];
					} else if (!failure || itemIndex < failure.itemIndex) {
						// Items run in parallel: the lowest failing index is reported, not the first in time.
						failure = { error: error as Error, itemIndex };
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
			// n8n's error constructors return an existing NodeApiError/NodeOperationError unchanged
			// (options ignored), so the item is set on the error itself.
			if (error instanceof NodeError) {
				error.context.itemIndex = itemIndex;
				throw error;
			}
			throw new NodeOperationError(this.getNode(), error, { itemIndex });
		}
		return [results.flat()];
	}
}

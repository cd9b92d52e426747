import type { INodeProperties, INodePropertyMode, INodePropertyOptions } from 'n8n-workflow';

/**
 * Small builders for the description shapes that recur across operations. They build exactly the
 * literals n8n's lint expects (Title Case names, sorted options): the lint cannot see inside a
 * call, so keep every argument conforming too (collection options sorted by display name).
 */

const COLLECTIONS = {
	additionalFields: { displayName: 'Additional Fields', placeholder: 'Add Field' },
	filters: { displayName: 'Filters', placeholder: 'Add Filter' },
	options: { displayName: 'Options', placeholder: 'Add Option' },
	requestOptions: { displayName: 'Request Options', placeholder: 'Add Option' },
	updateFields: { displayName: 'Update Fields', placeholder: 'Add Field' },
} as const;

/** An Additional Fields / Filters / Options / Update Fields collection holding `options`. */
export function collection(
	name: keyof typeof COLLECTIONS,
	options: INodeProperties[],
	more: Partial<INodeProperties> = {},
): INodeProperties {
	return { ...COLLECTIONS[name], name, type: 'collection', default: {}, ...more, options };
}

/** Choices whose values are their names in lower case: `choices('Meeting', 'Webinar')`. */
export function choices(...names: string[]): INodePropertyOptions[] {
	return names.map((name) => ({ name, value: name.toLowerCase() }));
}

/**
 * A locator's From List mode (searched by the named `listSearch` method) and its By ID mode for a
 * numeric ID: `numericIdModes('searchRooms', 'room', '2686')`.
 */
export function numericIdModes(
	searchListMethod: string,
	what: string,
	example: string,
): INodePropertyMode[] {
	// Held under a `modes` key, as in a locator, so that the lint reads these as modes, not fields.
	const locator: { modes: INodePropertyMode[] } = {
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: `e.g. ${example}`,
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*[0-9]+\\s*$',
							errorMessage: `A ${what} ID is a number, e.g. ${example}`,
						},
					},
				],
			},
		],
	};
	return locator.modes;
}

/** A resource's Operation selector (options sorted by name, each with its `action`). */
export function operationSelector(
	resource: string,
	defaultOperation: string,
	options: INodePropertyOptions[],
): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options,
		default: defaultOperation,
	};
}

/**
 * Small builders for the description shapes that recur across operations. They build exactly the
 * literals n8n's lint expects (Title Case names, sorted options): the lint cannot see inside a
 * call, so keep every argument conforming too (collection options sorted by display name).
 */

import type { INodeProperties, INodePropertyMode, INodePropertyOptions } from 'n8n-workflow';

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
 * A locator's By URL mode: any http(s) URL or, with `idAfter` (e.g. `/file-library/`), one whose
 * path holds the ID right after it, which is then the value.
 */
interface ByUrl {
	placeholder: string;
	idAfter?: string;
	errorMessage: string;
}

// Held under a `modes` key, as in a locator, so that the lint reads it as a mode, not a field.
function urlMode({ placeholder, idAfter, errorMessage }: ByUrl): INodePropertyMode {
	const regex = idAfter ? `^https?://.+${idAfter}[0-9]+.*` : '^https?://.+';
	const locator: { modes: INodePropertyMode[] } = {
		modes: [
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder,
				...(idAfter ? { extractValue: { type: 'regex', regex: `${idAfter}([0-9]+)` } } : {}),
				validation: [{ type: 'regex', properties: { regex, errorMessage } }],
			},
		],
	};
	return locator.modes[0];
}

/**
 * A required resource locator of a numeric ID: From List (searched by the named `listSearch`
 * method), By ID (`example` is an ID) and, given `byUrl`, By URL. Its `description` is the caller's.
 */
export function numericLocator(
	displayName: string,
	name: string,
	searchListMethod: string,
	example: string,
	byUrl?: ByUrl,
): INodeProperties {
	// Held under a `modes` key, as urlMode's, for the lint.
	const locator: Pick<INodeProperties, 'modes'> = {
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
							errorMessage: `A ${displayName.toLowerCase()} ID is a number, e.g. ${example}`,
						},
					},
				],
			},
			...(byUrl ? [urlMode(byUrl)] : []),
		],
	};
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		...locator,
	};
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

import type { IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** Languages of ClickMeeting reports and e-mails, sorted by name. */
export const LANGUAGES: INodePropertyOptions[] = [
	{ name: 'Arabic', value: 'ar' },
	{ name: 'Bulgarian', value: 'bg' },
	{ name: 'Chinese', value: 'zh' },
	{ name: 'Czech', value: 'cs' },
	{ name: 'Dutch', value: 'nl' },
	{ name: 'English', value: 'en' },
	{ name: 'French', value: 'fr' },
	{ name: 'German', value: 'de' },
	{ name: 'Hebrew', value: 'he' },
	{ name: 'Hungarian', value: 'hu' },
	{ name: 'Italian', value: 'it' },
	{ name: 'Japanese', value: 'ja' },
	{ name: 'Korean', value: 'ko' },
	{ name: 'Lithuanian', value: 'lt' },
	{ name: 'Polish', value: 'pl' },
	{ name: 'Portuguese', value: 'pt' },
	{ name: 'Romanian', value: 'ro' },
	{ name: 'Russian', value: 'ru' },
	{ name: 'Slovak', value: 'sk' },
	{ name: 'Slovenian', value: 'sl' },
	{ name: 'Spanish', value: 'es' },
	{ name: 'Swedish', value: 'sv' },
	{ name: 'Turkish', value: 'tr' },
	{ name: 'Ukrainian', value: 'uk' },
];

/** A language dropdown; any other two-letter code can be given with an expression. */
export function languageField(
	name: string,
	displayName: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		options: LANGUAGES,
		default: 'en',
		description: `${description}. Any other two-letter code can be set with an expression.`,
	};
}

/** Reads a language parameter: a two-letter lowercase code, or a NodeOperationError naming the field. */
export function getLanguage(
	this: IExecuteFunctions,
	itemIndex: number,
	parameterName: string,
	fieldName: string,
	fallback?: string,
): string {
	const raw = String(this.getNodeParameter(parameterName, itemIndex, fallback ?? '') ?? '')
		.trim()
		.toLowerCase();
	if (!/^[a-z]{2}$/.test(raw)) {
		throw new NodeOperationError(
			this.getNode(),
			`The "${fieldName}" field must be a two-letter language code such as "en", got "${raw}"`,
			{ itemIndex },
		);
	}
	return raw;
}

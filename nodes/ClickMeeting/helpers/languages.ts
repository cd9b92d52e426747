import type { IExecuteFunctions, INodePropertyOptions } from 'n8n-workflow';

import { checkText, invalid } from './checks';

/**
 * The one list of languages of ClickMeeting reports and e-mails, sorted by name: the action's
 * Language fields and the trigger's Languages offer the same choices.
 */
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

/** Reads a language parameter: a two-letter lowercase code, or an error naming the field. */
export function getLanguage(
	this: IExecuteFunctions,
	itemIndex: number,
	parameterName: string,
	fieldName: string,
	fallback?: string,
): string {
	const value = this.getNodeParameter(parameterName, itemIndex, fallback ?? '');
	checkText(this, itemIndex, value, fieldName);
	const raw = String(value ?? '')
		.trim()
		.toLowerCase();
	if (!/^[a-z]{2}$/.test(raw))
		throw invalid(
			this,
			itemIndex,
			fieldName,
			`must be a two-letter language code such as "en", got "${raw}"`,
		);
	return raw;
}

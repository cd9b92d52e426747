import type { INodeProperties } from 'n8n-workflow';

import { LANGUAGES } from '../../helpers/languages';

/**
 * A language dropdown over the one list of languages (reports and e-mails); any other two-letter
 * code can be given with an expression. Used by PDF Report → Generate, Registration → Register and
 * Invitation → Send Email.
 */
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

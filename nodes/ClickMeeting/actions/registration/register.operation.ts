import type { IDataObject } from 'n8n-workflow';

import { collection } from '../fields';

import { emailField, nameFields, roomRLC } from '../common.descriptions';
import { checkEmail, checkRequired, invalid } from '../../helpers/checks';
import { getLanguage } from '../../helpers/languages';
import { languageField } from '../pdfReport/language.description';
import { getRoomId } from '../../helpers/room';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequest, path } from '../../transport';

export const description = operationFields('registration', 'register', [
	roomRLC,
	...nameFields('participant, as shown in the registrants list'),
	emailField('Email address of the participant; one registration per address and room'),
	collection('additionalFields', [
		{
			...languageField(
				'confirmationEmailLanguage',
				'Confirmation Email Language',
				'The language of the confirmation email',
			),
		},
		{
			displayName: 'Extra Form Fields',
			name: 'extraFields',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Form Field',
			default: {},
			description:
				'More fields of the room’s registration form, by their name or number in the form',
			options: [
				{
					displayName: 'Field',
					name: 'field',
					values: [
						{
							displayName: 'Name',
							name: 'name',
							type: 'string',
							default: '',
							description: 'The form field, e.g. "4" or "Company"',
						},
						{
							displayName: 'Value',
							name: 'value',
							type: 'string',
							default: '',
						},
					],
				},
			],
		},
		{
			displayName: 'Send Confirmation Email',
			name: 'sendConfirmationEmail',
			type: 'boolean',
			default: false,
			description:
				'Whether ClickMeeting sends the participant a confirmation email with their join link',
		},
	]),
]);

interface AdditionalFields {
	confirmationEmailLanguage?: string;
	extraFields?: { field?: Array<{ name?: string; value?: string }> };
	sendConfirmationEmail?: boolean;
}

/**
 * POST /conferences/:room_id/registration — with registration[1..3] = first name, last name, e-mail,
 * any extra form fields and confirmation_email[enabled|lang]. Outputs the personal room URL and
 * `alreadyRegistered` (true when the e-mail was already registered for the room).
 */
export const execute: OperationExecute = async function (itemIndex) {
	const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as AdditionalFields;
	const registration: IDataObject = {
		1: checkRequired(this, itemIndex, this.getNodeParameter('firstName', itemIndex), 'First Name'),
		2: checkRequired(this, itemIndex, this.getNodeParameter('lastName', itemIndex), 'Last Name'),
		3: checkEmail(this, itemIndex, this.getNodeParameter('email', itemIndex), 'Email'),
	};
	for (const field of additional.extraFields?.field ?? []) {
		const name = String(field.name ?? '').trim();
		if (/[[\]]/.test(name)) {
			throw invalid(
				this,
				itemIndex,
				'Extra Form Fields',
				`must not contain "[" or "]" in a name, got "${name}"`,
				'A bracket would change which registration field the value is sent as.',
			);
		}
		if (!name || ['1', '2', '3'].includes(name)) {
			throw invalid(
				this,
				itemIndex,
				'Extra Form Fields',
				`needs a name other than 1, 2 and 3 for each entry (first name, last name and email have their own fields), got "${name}"`,
			);
		}
		registration[name] = String(field.value ?? '');
	}
	const body: IDataObject = { registration };
	if (additional.sendConfirmationEmail !== undefined) {
		body.confirmation_email = additional.sendConfirmationEmail
			? {
					enabled: true,
					lang: getLanguage.call(
						this,
						itemIndex,
						'additionalFields.confirmationEmailLanguage',
						'Confirmation Email Language',
						'en',
					),
				}
			: { enabled: false };
	}

	const roomId = await getRoomId.call(this, itemIndex);
	const answer = await apiRequest.call(this, {
		method: 'POST',
		endpoint: path`/conferences/${roomId}/registration`,
		body,
		itemIndex,
		expect: 'object',
	});
	// ClickMeeting answers {status, url, r} and, for an e-mail already registered for the room,
	// also "exist": 1 (nothing new is created): a plain boolean next to the join URL.
	const { exist, ...rest } = (answer ?? {}) as IDataObject;
	return [
		{ json: { ...rest, already_registered: exist === 1 || exist === '1' || exist === true } },
	];
};

/** POST /conferences/:room_id/invitation/email/:lang — Invitation → Send Email. */
import type { IDataObject } from 'n8n-workflow';

import { choices, collection } from '../fields';

import { checkChoice, checkEmail, invalid } from '../../helpers/checks';
import { getLanguage } from '../../helpers/languages';
import { languageField } from '../pdfReport/language.description';
import { getRoomId } from '../../helpers/room';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequest, path } from '../../transport';
import { roomRLC } from '../common.descriptions';

export const description = operationFields('invitation', 'sendEmail', [
	roomRLC,
	{ ...languageField('language', 'Language', 'Language of the invitation email'), required: true },
	{
		displayName: 'Attendee Emails',
		name: 'attendees',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. anna@example.com, ben@example.com',
		description: 'Email addresses to invite, separated by commas (or a list from an expression)',
	},
	collection('additionalFields', [
		{
			displayName: 'Role',
			name: 'role',
			type: 'options',
			options: choices('Listener', 'Presenter'),
			default: 'listener',
			description: 'Role the invitees get in the room (Listener when not set)',
		},
		{
			displayName: 'Template',
			name: 'template',
			type: 'options',
			options: choices('Advanced', 'Basic'),
			default: 'basic',
			description: 'Template of the invitation email',
		},
	]),
]);

/** Splits a comma/semicolon/newline separated text, or reads an array of e-mails or {email} objects. */
function emailList(value: unknown): unknown[] {
	if (Array.isArray(value)) {
		return value.map((entry) =>
			entry && typeof entry === 'object' && 'email' in entry ? (entry as IDataObject).email : entry,
		);
	}
	return String(value ?? '')
		.split(/[,;\n]/)
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
}

/** POST /conferences/:room_id/invitation/email/:lang — with attendees[i][email], template and role. */
export const execute: OperationExecute = async function (itemIndex) {
	const lang = getLanguage.call(this, itemIndex, 'language', 'Language');
	const entries = emailList(this.getNodeParameter('attendees', itemIndex));
	if (!entries.length) {
		throw invalid(this, itemIndex, 'Attendee Emails', 'is empty: give at least one email address');
	}
	const emails = entries.map((entry, index) =>
		checkEmail(
			this,
			itemIndex,
			entry,
			entries.length > 1 ? `Attendee Emails (#${index + 1})` : 'Attendee Emails',
		),
	);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	if (fields.template !== undefined)
		checkChoice(this, itemIndex, fields.template, 'Template', ['basic', 'advanced']);
	if (fields.role !== undefined)
		checkChoice(this, itemIndex, fields.role, 'Role', ['listener', 'presenter']);
	const roomId = await getRoomId.call(this, itemIndex);

	const body: IDataObject = { attendees: emails.map((email) => ({ email })) };
	if (fields.template !== undefined) body.template = fields.template;
	if (fields.role !== undefined) body.role = fields.role;
	const answer = await apiRequest.call(this, {
		method: 'POST',
		endpoint: path`/conferences/${roomId}/invitation/email/${lang}`,
		body,
		itemIndex,
	});
	return [{ json: { ...(answer as IDataObject), room_id: roomId, lang, emails } }];
};

import type { IDataObject } from 'n8n-workflow';

import { collection } from '../fields';

import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { emailField, nameFields } from '../common.descriptions';
import { checkCountry, checkEmail, checkRequired } from '../../helpers/checks';
import { apiRequest } from '../../transport';

export const description = operationFields('contact', 'createOrUpdate', [
	emailField('The contact’s email address. A contact with this address is updated.'),
	...nameFields('contact'),
	collection('additionalFields', [
		{
			displayName: 'Company',
			name: 'company',
			type: 'string',
			default: '',
		},
		{
			displayName: 'Country',
			name: 'country',
			type: 'string',
			placeholder: 'e.g. US',
			default: '',
			description: 'Two-letter ISO 3166 country code',
		},
		{
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			default: '',
		},
	]),
]);

/** POST /contacts — adds a contact, or updates the one with the same e-mail address. */
export const execute: OperationExecute = async function (itemIndex) {
	const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {
		email: checkEmail(this, itemIndex, this.getNodeParameter('email', itemIndex), 'Email'),
		firstname: checkRequired(
			this,
			itemIndex,
			this.getNodeParameter('firstName', itemIndex),
			'First Name',
		),
		lastname: checkRequired(
			this,
			itemIndex,
			this.getNodeParameter('lastName', itemIndex),
			'Last Name',
		),
	};
	if (additional.phone) body.phone = String(additional.phone).trim();
	if (additional.company) body.company = String(additional.company).trim();
	if (additional.country !== undefined && additional.country !== '') {
		body.country = checkCountry(this, itemIndex, additional.country, 'Country');
	}
	const answer = await apiRequest.call(this, {
		method: 'POST',
		endpoint: '/contacts',
		body,
		itemIndex,
	});
	return [{ json: answer as IDataObject }];
};

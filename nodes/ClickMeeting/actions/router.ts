import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { getLimit } from '../helpers/limit';
import type { OperationExecute, Resource, ResourceModules } from './node.type';
import * as ping from './ping/Ping.resource';
import * as conference from './conference/Conference.resource';
import * as accessToken from './accessToken/AccessToken.resource';
import * as autoLogin from './autoLogin/AutoLogin.resource';
import * as invitation from './invitation/Invitation.resource';
import * as session from './session/Session.resource';
import * as attendee from './attendee/Attendee.resource';
import * as pdfReport from './pdfReport/PdfReport.resource';
import * as registration from './registration/Registration.resource';
import * as contact from './contact/Contact.resource';
import * as chat from './chat/Chat.resource';
import * as file from './file/File.resource';
import * as phoneGateway from './phoneGateway/PhoneGateway.resource';
import * as recording from './recording/Recording.resource';
import * as timeZone from './timeZone/TimeZone.resource';

const resources: ResourceModules = {
	ping,
	conference,
	accessToken,
	autoLogin,
	invitation,
	session,
	attendee,
	pdfReport,
	registration,
	contact,
	chat,
	file,
	phoneGateway,
	recording,
	timeZone,
};

/** Runs one item through the operation that its resource and operation parameters select. */
export async function route(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const resource = this.getNodeParameter('resource', itemIndex) as Resource;
	const operation = this.getNodeParameter('operation', itemIndex) as string;
	const operations = resources[resource] as unknown as
		| Record<string, { execute: OperationExecute }>
		| undefined;
	const handler = operations?.[operation];
	if (!handler) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" of resource "${resource}" is not known`,
			{ itemIndex },
		);
	}
	// The one Limit rule (a whole number >= 1), checked before any request of a list operation.
	getLimit(this, itemIndex);
	return await handler.execute.call(this, itemIndex);
}

import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

/** Every resource and its operations. An operation listed here without a file fails to compile. */
export type NodeMap = {
	ping: 'check';
	conference: 'create' | 'delete' | 'get' | 'getAll' | 'getSkins' | 'update';
	accessToken: 'generate' | 'getAll';
	autoLogin: 'createUrl';
	invitation: 'sendEmail';
	session: 'get' | 'getAll';
	attendee: 'getAll';
	pdfReport: 'generate';
	registration: 'disable' | 'enable' | 'getAll' | 'getAllForSession' | 'register' | 'setTemplate';
	contact: 'createOrUpdate';
	chat: 'download' | 'getAll';
	file: 'delete' | 'download' | 'get' | 'getAll' | 'upload';
	phoneGateway: 'getAll';
	recording: 'delete' | 'deleteAll' | 'getAll';
	timeZone: 'getAll';
};

export type Resource = keyof NodeMap;

export type OperationExecute = (
	this: IExecuteFunctions,
	itemIndex: number,
) => Promise<INodeExecutionData[]>;

/** What the router needs from each resource module: one `execute` per listed operation. */
export type ResourceModules = {
	[R in Resource]: { [O in NodeMap[R]]: { execute: OperationExecute } };
};

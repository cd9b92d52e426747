import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** The Output choice of list and get operations (n8n's guideline for nodes used as AI tools). */
export type OutputMode = 'simplified' | 'raw' | 'selected';

export interface OutputChoice {
	mode: OutputMode;
	/** Only for `selected`: field names, a dot for nested fields (`settings.lobby_enabled`). */
	fields: string[];
}

const FIELD_NAME = /^[A-Za-z0-9_ -]+(\.[A-Za-z0-9_ -]+)*$/;

/**
 * Reads Output (and Fields, for Selected Fields) and checks them before any request: an unknown
 * mode or an empty or malformed field list fails naming the field.
 */
export function readOutput(this: IExecuteFunctions, itemIndex: number): OutputChoice {
	const mode = String(this.getNodeParameter('output', itemIndex, 'simplified') ?? '').trim();
	if (mode !== 'simplified' && mode !== 'raw' && mode !== 'selected') {
		throw new NodeOperationError(
			this.getNode(),
			`The "Output" field must be "simplified", "raw" or "selected", got "${mode}"`,
			{ itemIndex },
		);
	}
	if (mode !== 'selected') return { mode, fields: [] };
	const raw = this.getNodeParameter('fields', itemIndex, '') as unknown;
	const list = Array.isArray(raw) ? raw.map(String) : String(raw ?? '').split(',');
	const fields = [...new Set(list.map((f) => f.trim()).filter(Boolean))];
	if (!fields.length) {
		throw new NodeOperationError(
			this.getNode(),
			'The "Fields" field is empty: list the fields to output, separated by commas (e.g. id, name)',
			{ itemIndex },
		);
	}
	const bad = fields.find((f) => !FIELD_NAME.test(f));
	if (bad !== undefined) {
		throw new NodeOperationError(
			this.getNode(),
			`The "Fields" field has a name that is not a field name: "${bad}" (use letters, digits, "_" and "." for nested fields)`,
			{ itemIndex },
		);
	}
	return { mode, fields };
}

function readPath(source: IDataObject, fieldPath: string): unknown {
	let value: unknown = source;
	for (const part of fieldPath.split('.')) {
		if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
		if (!Object.prototype.hasOwnProperty.call(value, part)) return undefined;
		value = (value as IDataObject)[part];
	}
	return value;
}

/**
 * Only the listed fields of an item: from the simplified form where it has them (its values are
 * the normalised ones, e.g. booleans, and include what the node adds, such as a login URL), else
 * from the raw answer, so any field ClickMeeting returns can be selected. A nested
 * field keeps its path (`settings.lobby_enabled` → `{ settings: { lobby_enabled } }`); a field an
 * item does not have is left out of that item.
 */
export function selectFields(
	raw: IDataObject,
	fields: string[],
	simplified?: IDataObject,
): IDataObject {
	const out: IDataObject = {};
	for (const field of fields) {
		let value = simplified ? readPath(simplified, field) : undefined;
		if (value === undefined) value = readPath(raw, field);
		if (value === undefined) continue;
		const parts = field.split('.');
		let target = out;
		for (const part of parts.slice(0, -1)) {
			if (!target[part] || typeof target[part] !== 'object') target[part] = {};
			target = target[part] as IDataObject;
		}
		target[parts[parts.length - 1]] = value as IDataObject[keyof IDataObject];
	}
	return out;
}

/** One item in the chosen form: simplified, the answer as ClickMeeting sent it, or selected fields. */
export function shapeOutput(
	choice: OutputChoice,
	raw: IDataObject,
	simplify: (raw: IDataObject) => IDataObject,
): IDataObject {
	if (choice.mode === 'raw') return raw;
	if (choice.mode === 'simplified') return simplify(raw);
	return selectFields(raw, choice.fields, simplify(raw));
}

/** A simplifier keeping the given keys, in this order, where the item has them. */
export function pickKeys(keys: readonly string[]): (raw: IDataObject) => IDataObject {
	return (raw) => {
		const out: IDataObject = {};
		for (const key of keys) if (raw[key] !== undefined) out[key] = raw[key];
		return out;
	};
}

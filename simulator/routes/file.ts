/** The file library: the account's and a room's files, uploads, details, deletes, downloads. */
import { contentDisposition, documentType, guessContentType } from '../content';
import { invalid, notFound } from '../errors';
import type { FileEntry } from '../types';
import { fileView } from '../views';
import { Answer, Ctx, deleted, download, ok, roomOf, route } from './route';

/** `multipart/form-data` with the file in the field `uploaded`. */
function upload(c: Ctx, roomId: number | undefined): Answer {
	const file = c.files.find((f) => f.field === 'uploaded');
	if (!file)
		throw invalid([
			{
				name: 'uploaded',
				message: 'A file is required in the multipart/form-data field "uploaded".',
			},
		]);
	const name = file.filename || 'upload.bin';
	const type =
		file.contentType && file.contentType !== 'application/octet-stream'
			? file.contentType
			: guessContentType(name);
	const entry = c.host.state.addFile(file.data, name, roomId, type);
	entry.document_type = documentType(type, name);
	// recorded answers: the upload answer says the file waits for conversion; later reads see it converted
	return ok({
		...fileView(entry, c.apiBase),
		status: 'waiting_for_conversion',
		conversion_progress: 0,
		status_message: 'waiting for multiconverter to download file.',
	});
}

function fileOf(c: Ctx): FileEntry {
	const f = c.host.state.files.get(Number(c.params.file_id));
	if (!f) throw notFound('file_id', `File ${c.params.file_id} not found.`);
	return f;
}

export const fileRoutes = [
	route('GET /file-library', (c) =>
		ok([...c.host.state.files.values()].map((f) => fileView(f, c.apiBase))),
	),
	route('POST /file-library', (c) => upload(c, undefined)),
	route('GET /file-library/conferences/:room_id', (c) => {
		const room = roomOf(c);
		const files = [...c.host.state.files.values()].filter((f) => f.room_id === room.id);
		return ok(files.map((f) => fileView(f, c.apiBase, true)));
	}),
	route('POST /file-library/conferences/:room_id', (c) => upload(c, roomOf(c).id)),
	route('GET /file-library/:file_id', (c) => ok(fileView(fileOf(c), c.apiBase))),
	route('DELETE /file-library/:file_id', (c) => {
		c.host.state.files.delete(fileOf(c).id);
		return deleted(c, { response: 'OK' });
	}),
	route('GET /file-library/:file_id/download', (c) => {
		const f = fileOf(c);
		return download(f.content, f.content_type, contentDisposition(f.name));
	}),
];

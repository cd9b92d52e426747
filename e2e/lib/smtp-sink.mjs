// A tiny SMTP server for the e2e run: n8n's Send Email node (nodemailer) delivers to it on
// 127.0.0.1, and the checks read what arrived. It accepts every message (no TLS, no AUTH), keeps
// it in memory and relays nothing. Bounded: connections, message size, messages kept, idle time.
import net from 'node:net';

const LIMITS = {
	connections: 20,
	messageBytes: 1024 * 1024,
	messages: 1000,
	recipients: 50,
	lineBytes: 8192,
	idleMs: 30_000,
};

/** Quoted-printable (RFC 2045) to text: soft line breaks removed, `=XX` decoded as UTF-8 bytes. */
function decodeQuotedPrintable(text) {
	const joined = text.replace(/=\r?\n/g, '');
	const bytes = [];
	for (let i = 0; i < joined.length; i++) {
		const m = joined[i] === '=' ? /^[0-9A-Fa-f]{2}/.exec(joined.slice(i + 1, i + 3)) : null;
		if (m) {
			bytes.push(parseInt(m[0], 16));
			i += 2;
		} else bytes.push(...Buffer.from(joined[i], 'utf8'));
	}
	return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 encoded words (`=?UTF-8?Q?...?=`, `=?UTF-8?B?...?=`) in a header value. */
function decodeHeader(value) {
	return value.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=\s*/g, (_, _charset, kind, data) =>
		kind.toUpperCase() === 'B'
			? Buffer.from(data, 'base64').toString('utf8')
			: decodeQuotedPrintable(data.replace(/_/g, ' ')),
	);
}

/** A message as nodemailer writes a plain-text mail: headers (unfolded, lower-case names) and body. */
export function parseMessage(raw) {
	const split = raw.search(/\r?\n\r?\n/);
	const head = split < 0 ? raw : raw.slice(0, split);
	let body = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
	const headers = {};
	for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
		const colon = line.indexOf(':');
		if (colon > 0)
			headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
	if (encoding === 'quoted-printable') body = decodeQuotedPrintable(body);
	else if (encoding === 'base64')
		body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
	return {
		headers,
		from: decodeHeader(headers.from ?? ''),
		subject: decodeHeader(headers.subject ?? ''),
		text: body.replace(/\r\n/g, '\n'),
	};
}

/**
 * Starts the sink on a free 127.0.0.1 port. `messages` holds what arrived, in order:
 * `{ envelopeFrom, recipients, from, subject, text, headers }`. `stop()` closes every connection.
 */
export async function startSmtpSink() {
	const messages = [];
	const sockets = new Set();
	const server = net.createServer((socket) => {
		if (sockets.size >= LIMITS.connections) {
			socket.end('421 Too many connections\r\n');
			return;
		}
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		socket.on('error', () => socket.destroy());
		socket.setTimeout(LIMITS.idleMs, () => socket.end('421 Idle too long\r\n'));
		const reply = (line) => {
			if (!socket.destroyed) socket.write(`${line}\r\n`);
		};
		let buffer = '';
		let envelope = { from: '', recipients: [] };
		let data; // the message's lines while in DATA, else undefined
		let dataBytes = 0;

		const command = (line) => {
			const verb = line.slice(0, 4).toUpperCase();
			if (verb === 'EHLO')
				return reply(`250-127.0.0.1\r\n250-8BITMIME\r\n250 SIZE ${LIMITS.messageBytes}`);
			if (verb === 'HELO') return reply('250 127.0.0.1');
			if (verb === 'MAIL') {
				envelope = { from: /<([^>]*)>/.exec(line)?.[1] ?? '', recipients: [] };
				return reply('250 OK');
			}
			if (verb === 'RCPT') {
				if (envelope.recipients.length >= LIMITS.recipients)
					return reply('452 Too many recipients');
				envelope.recipients.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
				return reply('250 OK');
			}
			if (verb === 'DATA') {
				if (!envelope.recipients.length) return reply('503 RCPT first');
				data = [];
				dataBytes = 0;
				return reply('354 End data with <CR><LF>.<CR><LF>');
			}
			if (verb === 'RSET') {
				envelope = { from: '', recipients: [] };
				return reply('250 OK');
			}
			if (verb === 'NOOP') return reply('250 OK');
			if (verb === 'QUIT') {
				reply('221 Bye');
				return socket.end();
			}
			return reply('502 Command not implemented');
		};

		const dataLine = (line) => {
			if (line !== '.') {
				dataBytes += line.length + 2;
				if (dataBytes > LIMITS.messageBytes) {
					reply('552 Message too large');
					return socket.destroy();
				}
				data.push(line.startsWith('..') ? line.slice(1) : line);
				return;
			}
			const raw = data.join('\r\n');
			data = undefined;
			if (messages.length >= LIMITS.messages) return reply('452 Sink full');
			messages.push({
				envelopeFrom: envelope.from,
				recipients: envelope.recipients,
				...parseMessage(raw),
			});
			envelope = { from: '', recipients: [] };
			reply('250 OK queued');
		};

		socket.on('data', (chunk) => {
			buffer += chunk.toString('utf8');
			let end;
			while ((end = buffer.indexOf('\r\n')) >= 0) {
				const line = buffer.slice(0, end);
				buffer = buffer.slice(end + 2);
				if (data) dataLine(line);
				else command(line);
				if (socket.destroyed) return;
			}
			if (buffer.length > LIMITS.lineBytes && !data) {
				reply('500 Line too long');
				socket.destroy();
			}
		});
		reply('220 127.0.0.1 e2e SMTP sink');
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	return {
		host: '127.0.0.1',
		port: server.address().port,
		messages,
		async stop() {
			for (const socket of sockets) socket.destroy();
			await new Promise((resolve) => server.close(() => resolve()));
		},
	};
}

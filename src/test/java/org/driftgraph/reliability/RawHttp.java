package org.driftgraph.reliability;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection: the bytes go out exactly as
 * given, so a request that {@code java.net.http} refuses to build (a bad
 * percent-encoding, a space or a raw byte in the target, a malformed header or body)
 * still reaches the server, and whatever comes back is read, a reset included.
 */
final class RawHttp {

	private RawHttp() {
	}

	/**
	 * An answer as received.
	 *
	 * @param status the status code
	 * @param headers the headers, names in lower case (the last of repeated ones)
	 * @param body the body, chunked transfer decoded
	 */
	record Response(int status, Map<String, String> headers, byte[] body) {

		String contentType() {
			return headers.getOrDefault("content-type", "");
		}

		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

	}

	/**
	 * @param target the request target, sent as ISO-8859-1 (so {@code \u00ff} goes out as
	 * the byte 0xFF)
	 * @param headers further headers, sent as given
	 * @return the request's bytes: {@code Host}, {@code Connection: close} and, with a
	 * body, {@code Content-Length} added
	 */
	static byte[] request(String method, String target, Map<String, String> headers, byte[] body) {
		StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
		head.append("Host: 127.0.0.1\r\nConnection: close\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		if (body != null) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("\r\n");
		byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
		if (body == null) {
			return start;
		}
		byte[] all = Arrays.copyOf(start, start.length + body.length);
		System.arraycopy(body, 0, all, start.length, body.length);
		return all;
	}

	/**
	 * Sends the request and reads the answer until the server closes the connection.
	 * @throws IOException when no complete answer came back (reset, closed before a
	 * status line, timeout)
	 */
	static Response send(int port, byte[] request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
			}
			catch (SocketException ex) {
				// the server may answer and close before it has read the whole request;
				// its answer still counts
			}
			return parse(socket.getInputStream().readAllBytes());
		}
	}

	private static Response parse(byte[] raw) throws IOException {
		String text = new String(raw, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (!text.startsWith("HTTP/1.1 ") || end < 0) {
			throw new IOException("No HTTP answer: " + text.substring(0, Math.min(200, text.length())));
		}
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].substring(9, 12));
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
					lines[i].substring(colon + 1).trim());
		}
		byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
		return new Response(status, headers,
				"chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? dechunk(body) : body);
	}

	private static byte[] dechunk(byte[] chunked) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		InputStream in = new ByteArrayInputStream(chunked);
		while (true) {
			StringBuilder size = new StringBuilder();
			for (int c = in.read(); c != '\n'; c = in.read()) {
				if (c < 0) {
					throw new IOException("Chunked body ends without its last chunk");
				}
				size.append((char) c);
			}
			int length = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
			if (length == 0) {
				return body.toByteArray();
			}
			body.write(in.readNBytes(length));
			in.skipNBytes(2);
		}
	}

}

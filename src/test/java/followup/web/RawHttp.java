package followup.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand on a socket, so that a test can send exactly the Host, Origin, Cookie and Referer a
 * hostile page or a rebinding DNS name would (the JDK's client refuses to set Host).
 */
final class RawHttp {
    /** A response: status, headers (lower-case names, the last of each), body. */
    record Response(int status, Map<String, String> headers, String body) {
        @Override
        public String toString() {
            return status + " " + headers + "\n" + body;
        }
    }

    private RawHttp() {
    }

    static Response get(int port, String target, Map<String, String> headers) throws IOException {
        return send(port, "GET", target, headers, null, null);
    }

    static Response postForm(int port, String target, Map<String, String> headers, String form) throws IOException {
        return send(port, "POST", target, headers, "application/x-www-form-urlencoded",
                form.getBytes(StandardCharsets.UTF_8));
    }

    static Response send(int port, String method, String target, Map<String, String> headers, String type,
                         byte[] body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            StringBuilder req = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
            Map<String, String> all = new LinkedHashMap<>();
            all.put("Host", "127.0.0.1:" + port);
            all.putAll(headers);
            all.put("Connection", "close");
            if (body != null) {
                all.put("Content-Type", type);
                all.put("Content-Length", String.valueOf(body.length));
            }
            all.forEach((k, v) -> {
                if (v != null) {
                    req.append(k).append(": ").append(v).append("\r\n");
                }
            });
            req.append("\r\n");
            OutputStream out = s.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(s.getInputStream());
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        in.transferTo(raw);
        String text = raw.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Response(status, headers, body);
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int eol = body.indexOf("\r\n", i);
            int size = Integer.parseInt(body.substring(i, eol).strip(), 16);
            if (size == 0) {
                break;
            }
            // sizes count bytes; the page is ASCII apart from record values, which the tests keep ASCII
            out.append(body, eol + 2, eol + 2 + size);
            i = eol + 2 + size + 2;
        }
        return out.toString();
    }
}

package followup.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A password blanked out of what a server or a library said, without mangling the words around it. */
class SecretTest {

    @Test
    void a_long_secret_is_hidden_wherever_it_occurs() {
        Secret s = Secret.of("correct horse battery staple");
        assertEquals("535 5.7.8 (hidden) rejected; user=alex pass=(hidden)x",
                s.redact("535 5.7.8 correct horse battery staple rejected; user=alex"
                        + " pass=correct horse battery staplex"));
    }

    /** Found by stopping a daemon whose test password was "x": "E(hidden)ception reading response". */
    @Test
    void a_short_secret_is_hidden_where_it_stands_alone_and_not_inside_a_word() {
        Secret x = Secret.of("x");
        assertEquals("SMTP 127.0.0.1:25 while connecting: Exception reading response: Socket closed",
                x.redact("SMTP 127.0.0.1:25 while connecting: Exception reading response: Socket closed"));
        assertEquals("AUTH failed for alex:(hidden) (password=(hidden); tried (hidden))",
                x.redact("AUTH failed for alex:x (password=x; tried x)"));
        assertEquals("(hidden)", x.redact("x"));

        Secret odd = Secret.of("p$w.(1");
        assertEquals("bad password (hidden), not p$w.(12", odd.redact("bad password p$w.(1, not p$w.(12"));
    }

    /** A server that echoes the client's AUTH line echoes the password base64-encoded. */
    @Test
    void a_secret_echoed_in_base64_is_hidden_alone_with_the_user_name_and_in_a_bearer_token() {
        Secret long_ = Secret.of("correct horse battery staple");
        String login = b64("correct horse battery staple");
        String plain = b64("\0alex@example.test\0correct horse battery staple");
        assertEquals("500 5.5.2 unrecognised command: (hidden)",
                long_.redact("500 5.5.2 unrecognised command: " + login));
        assertEquals("535 5.7.8 authentication failed for AUTH PLAIN (hidden) (try again)",
                long_.redact("535 5.7.8 authentication failed for AUTH PLAIN " + plain + " (try again)"));
        Secret token = Secret.of("ya29.a0AfH6SMBx-token-value");
        String xoauth = b64("user=alex@example.test\u0001auth=Bearer ya29.a0AfH6SMBx-token-value\u0001\u0001");
        assertEquals("334 (hidden)", token.redact("334 " + xoauth));

        Secret shortOne = Secret.of("pw1");
        assertEquals("500 unrecognised: (hidden) and (hidden)",
                shortOne.redact("500 unrecognised: " + b64("pw1") + " and " + b64("\0alex\0pw1")));
        // the challenge a server sends, and words that merely decode to bytes, stay as they are
        assertEquals("334 UGFzc3dvcmQ6 Authentication failed", long_.redact("334 UGFzc3dvcmQ6 Authentication failed"));
        assertEquals("Exception reading response", Secret.of("x").redact("Exception reading response"));
    }

    /** IMAP's LOGIN quotes the password, escaping each quote and backslash: a server repeating it repeats that. */
    @Test
    void a_secret_echoed_as_a_quoted_imap_string_is_hidden_with_its_escapes() {
        Secret s = Secret.of("Pw\"q\\b-8c2d");
        assertEquals("a1 NO refused: a1 LOGIN alex \"(hidden)\" and (hidden)",
                s.redact("a1 NO refused: a1 LOGIN alex \"Pw\\\"q\\\\b-8c2d\" and Pw\"q\\b-8c2d"));
        Secret shortOne = Secret.of("p\"w");
        assertEquals("LOGIN alex \"(hidden)\" (not xp\\\"w)",
                shortOne.redact("LOGIN alex \"p\\\"w\" (not xp\\\"w)"));
    }

    /** A password outside ASCII repeated by a server as its UTF-8 bytes, read back one byte a character. */
    @Test
    void a_secret_outside_ascii_echoed_as_its_utf8_bytes_is_hidden() {
        Secret s = Secret.of("P\u00e4ssw\u00f6rter-\u20ac-1f");
        String bytes = new String("P\u00e4ssw\u00f6rter-\u20ac-1f".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("535 password (hidden) is wrong (hidden)",
                s.redact("535 password " + bytes + " is wrong P\u00e4ssw\u00f6rter-\u20ac-1f"));
    }

    private static String b64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void nothing_to_hide_leaves_the_text_as_it_is() {
        assertEquals("Exception", Secret.of("").redact("Exception"));
        assertEquals(null, Secret.of("pw").redact(null));
        assertEquals("(hidden)", Secret.of("pw").toString());
    }
}

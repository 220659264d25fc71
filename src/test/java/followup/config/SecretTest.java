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

    @Test
    void nothing_to_hide_leaves_the_text_as_it_is() {
        assertEquals("Exception", Secret.of("").redact("Exception"));
        assertEquals(null, Secret.of("pw").redact(null));
        assertEquals("(hidden)", Secret.of("pw").toString());
    }
}

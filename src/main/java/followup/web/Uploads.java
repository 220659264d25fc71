package followup.web;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@code multipart/form-data} upload, read with Jakarta Mail's MIME parser (a form is a MIME multipart). */
final class Uploads {
    /** One uploaded file: the name the browser gave it, and its bytes. */
    record File(String name, byte[] content) {
    }

    private Uploads() {
    }

    /** The plain fields of the form (not the files). */
    static Map<String, String> fields(byte[] body, String contentType) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(body, contentType));
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                String name = fieldName(part);
                if (name != null && part.getFileName() == null) {
                    out.putIfAbsent(name, new String(bytes(part), StandardCharsets.UTF_8));
                }
            }
        } catch (MessagingException | IOException e) {
            // an unreadable form has no fields: the guard then refuses it for want of its form token
        }
        return out;
    }

    /** The file sent in the field {@code field}, or null. */
    static File file(byte[] body, String contentType, String field) {
        try {
            MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(body, contentType));
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (field.equals(fieldName(part))) {
                    String name = part.getFileName() == null ? "upload" : part.getFileName();
                    return new File(name.replaceAll(".*[/\\\\]", ""), bytes(part));
                }
            }
        } catch (MessagingException | IOException e) {
            return null;
        }
        return null;
    }

    private static String fieldName(BodyPart part) throws MessagingException {
        String[] disposition = part.getHeader("Content-Disposition");
        if (disposition == null || disposition.length == 0) {
            return null;
        }
        return new ContentDisposition(disposition[0]).getParameter("name");
    }

    private static byte[] bytes(BodyPart part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }
}

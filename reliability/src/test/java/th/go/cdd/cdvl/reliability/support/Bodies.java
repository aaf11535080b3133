package th.go.cdd.cdvl.reliability.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;

/** Request bodies the way the SPA sends them, each one distinct so a lost or mixed-up write shows. */
public final class Bodies {

    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private Bodies() {
    }

    public static LocalDate today() {
        return LocalDate.now(BANGKOK);
    }

    public static Map<String, Object> activity(UUID centerId, String title, int n) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("centerId", centerId.toString());
        body.put("title", title);
        body.put("heldOn", today().minusDays(1 + n % 20).toString());
        body.put("type", "THREE_TREES");
        body.put("description", "ปลูกต้นไม้ ๓ ระดับ รอบที่ " + n);
        body.put("outcomes", "ได้ต้นไม้ " + (10 + n) + " ต้น");
        body.put("participants", Map.of("committee", n % 9, "volunteerLeaders", 10 + n % 7, "community", 20 + n,
                "partners", 2, "officers", 1));
        body.put("budgetBaht", (1000 + n) + ".50");
        body.put("budgetSource", "งบ อบต.");
        return body;
    }

    public static Map<String, Object> member(String fullName, int n) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fullName", fullName);
        body.put("role", "VOLUNTEER_LEADER");
        body.put("gender", n % 2 == 0 ? "FEMALE" : "MALE");
        body.put("phone", "081-234-" + String.format("%04d", n % 10000));
        body.put("since", today().minusYears(1).minusDays(n % 300).toString());
        body.put("skills", "ทักษะที่ " + n);
        return body;
    }

    public static Map<String, Object> narrative(String results) {
        return Map.of("results", results, "problems", "ปัญหา", "suggestions", "ข้อเสนอแนะ", "goodPractice", "แนวทางที่ดี");
    }

    /** A small, valid JPEG with a colour of its own. */
    public static byte[] jpeg(int n) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color((n * 40) % 256, (n * 90) % 256, (n * 150) % 256));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.WHITE);
        g.fillRect(n % 60, n % 44, 4, 4);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

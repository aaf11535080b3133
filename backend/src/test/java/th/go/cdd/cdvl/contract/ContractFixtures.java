package th.go.cdd.cdvl.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import th.go.cdd.cdvl.activity.ActivityFixtures;
import th.go.cdd.cdvl.activity.ActivityPhoto;
import th.go.cdd.cdvl.activity.ActivityPhotoRepository;
import th.go.cdd.cdvl.activity.ActivityType;
import th.go.cdd.cdvl.center.CenterFixtures;
import th.go.cdd.cdvl.common.storage.FileStorage;
import th.go.cdd.cdvl.common.text.ThaiWords;
import th.go.cdd.cdvl.partner.PartnerFixtures;
import th.go.cdd.cdvl.partner.Sector;
import th.go.cdd.cdvl.reporting.deadline.DeadlineRepository;

/**
 * One of every record the API addresses by path, in one district, written straight to the
 * database (so any test identity can use them): a center with a member, an activity with a photo
 * and a partner, a partner of the district linked to the center, and a draft district report.
 * Reports and links use fiscal year 2571, which no other test touches.
 */
@ApplicationScoped
public class ContractFixtures {

    static final int FISCAL_YEAR = 2571;
    /** A working day of FY2571 that is no holiday, for the holiday paths. */
    static final String HOLIDAY = "2028-03-15";

    /** The ids a test substitutes into the contract's paths. */
    record FixtureSet(String provinceCode, String districtCode, String subdistrictCode, UUID center, UUID member,
            UUID activity, UUID photo, UUID partner, UUID link, UUID deadline, UUID report,
            UUID documentRequest, UUID documentFile, UUID meeting, UUID resolution, UUID meetingFile, UUID visit, UUID visitPhoto,
            UUID plan, UUID lesson, UUID lessonPhoto) {
    }

    private final CenterFixtures centers;
    private final ActivityFixtures activities;
    private final PartnerFixtures partners;
    private final ActivityPhotoRepository photos;
    private final FileStorage storage;
    private final DeadlineRepository deadlines;
    private final DataSource dataSource;

    public ContractFixtures(CenterFixtures centers, ActivityFixtures activities, PartnerFixtures partners,
            ActivityPhotoRepository photos, FileStorage storage, DeadlineRepository deadlines, DataSource dataSource) {
        this.centers = centers;
        this.activities = activities;
        this.partners = partners;
        this.photos = photos;
        this.storage = storage;
        this.deadlines = deadlines;
        this.dataSource = dataSource;
    }

    /** A fresh set in the sub-district; the report of the district for Q1 FY2571 is reused if it exists. */
    public FixtureSet in(String subdistrictCode, String label) {
        String district = subdistrictCode.substring(0, 4);
        UUID center = centers.center(subdistrictCode, "ศูนย์สัญญา " + label);
        UUID member = centers.member(center, "นางสัญญา ทดสอบ", "081-000-0000");
        UUID activity = activities.activity(center, subdistrictCode, ActivityType.HEALTH, LocalDate.of(2027, 12, 1));
        UUID photo = photo(activity);
        UUID partner = partners.partner("ภาคีสัญญา " + label + " " + UUID.randomUUID(), Sector.PRIVATE, district);
        UUID link = partners.link(partner, center, subdistrictCode, FISCAL_YEAR);
        UUID deadline = deadlineId();
        execute("insert into activity_partner (activity_id, partner_id) values (?, ?)", activity, partner);
        UUID report = report(deadline, district);
        UUID documentRequest = UUID.randomUUID();
        UUID documentFile = UUID.randomUUID();
        documentRequest(documentRequest, documentFile, district);
        UUID meeting = UUID.randomUUID();
        UUID resolution = UUID.randomUUID();
        meeting(meeting, resolution, district);
        UUID meetingFile = attachment("MEETING", meeting, "MINUTES", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                "application/pdf");
        UUID visit = visit(center, subdistrictCode);
        UUID visitPhoto = attachment("VISIT", visit, "PHOTO", jpeg(), "image/jpeg");
        UUID plan = UUID.randomUUID();
        execute("""
                insert into driving_plan (id, center_id, subdistrict_code, fiscal_year, state, target_activities, version, created_at,
                    created_by, updated_at, updated_by)
                values (?, ?, ?, 2571, 'DRAFT', 4, 0, now(), 'fixture', now(), 'fixture')""", plan, center, subdistrictCode);
        execute("""
                insert into driving_plan_line (plan_id, position, quarter, activity_type, title, expected_participants)
                values (?, 1, 1, 'HEALTH', 'แผนสัญญา', 20)""", plan);
        UUID lesson = lesson(center, subdistrictCode, activity, partner);
        UUID lessonPhoto = attachment("LESSON", lesson, "PHOTO", jpeg(), "image/jpeg");
        return new FixtureSet(subdistrictCode.substring(0, 2), district, subdistrictCode, center, member, activity,
                photo, partner, link, deadline, report, documentRequest, documentFile, meeting, resolution, meetingFile, visit, visitPhoto, plan,
                lesson, lessonPhoto);
    }

    @Transactional
    UUID deadlineId() {
        return deadlines.quarterly(FISCAL_YEAR, 1).orElseThrow().getId();
    }

    @Transactional
    UUID photo(UUID activityId) {
        byte[] jpeg = jpeg();
        UUID id = UUID.randomUUID();
        String base = "photos/" + activityId + "/" + id;
        storage.put(base + ".jpg", jpeg);
        storage.put(base + "_thumb.jpg", jpeg);
        photos.persist(new ActivityPhoto(id, activityId, "image/jpeg", jpeg.length, sha256(jpeg), 16, 16,
                base + ".jpg", base + "_thumb.jpg", OffsetDateTime.now(), "fixture"));
        return id;
    }

    /**
     * The department's request to the districts of the district's province, with the district's
     * draft answer holding one PDF; SQL, as the entities' constructors are the request package's own.
     */
    private void documentRequest(UUID id, UUID file, String district) {
        execute("""
                insert into document_request (id, fiscal_year, title, instructions, due_on, target_level, target_area,
                    owner_area, version, created_at, created_by, updated_at, updated_by)
                values (?, 2571, 'คำขอสัญญา', 'ส่งไฟล์', date '2028-03-10', 'DISTRICT', ?, '', 0, now(), 'fixture', now(), 'fixture')""",
                id, district.substring(0, 2));
        UUID answer = UUID.randomUUID();
        execute("""
                insert into document_answer (id, request_id, office_code, state, version, created_at, created_by, updated_at,
                    updated_by)
                values (?, ?, ?, 'DRAFT', 0, now(), 'fixture', now(), 'fixture')""", answer, id, district);
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String key = "documents/" + id + "/" + district + "/" + file;
        storage.put(key, pdf);
        execute("""
                insert into document_file (id, request_id, answer_id, file_name, content_type, size_bytes, sha256, storage_key,
                    created_at, created_by)
                values (?, ?, ?, 'สัญญา.pdf', 'application/pdf', ?, ?, ?, now(), 'fixture')""",
                file, id, answer, (long) pdf.length, sha256(pdf), key);
    }

    /** A file attached to a meeting or a visit, its bytes in the store; SQL, as the entity's constructor is storage's own. */
    private UUID attachment(String ownerType, UUID owner, String kind, byte[] content, String contentType) {
        UUID id = UUID.randomUUID();
        String key = "attachments/" + ownerType.toLowerCase(java.util.Locale.ROOT) + "/" + owner + "/" + id;
        storage.put(key, content);
        execute("""
                insert into attachment (id, owner_type, owner_id, kind, file_name, content_type, size_bytes, sha256, storage_key,
                    created_at, created_by)
                values (?, ?, ?, ?, 'ไฟล์สัญญา', ?, ?, ?, ?, now(), 'fixture')""",
                id, ownerType, owner, kind, contentType, (long) content.length, sha256(content), key);
        return id;
    }

    /** The district's meeting with one open resolution and a list of attendees' names (personal data). */
    private void meeting(UUID id, UUID resolution, String district) {
        execute("""
                insert into meeting (id, fiscal_year, level, area_code, held_on, place, title, agenda, committee, volunteer_leaders,
                    community, partners, officers, attendee_names, version, created_at, created_by, updated_at, updated_by)
                values (?, 2571, 'DISTRICT', ?, date '2027-11-20', 'ที่ว่าการอำเภอ', 'ประชุมสัญญา', 'วาระสัญญา', 5, 10, 3, 2, 1,
                    'นางสัญญา ทดสอบ', 0, now(), 'fixture', now(), 'fixture')""", id, district);
        execute("""
                insert into meeting_resolution (id, meeting_id, position, text, owner, due_on)
                values (?, ?, 1, 'มติสัญญา', 'นายมติ ทดสอบ', date '2027-12-20')""", resolution, id);
    }

    /**
     * A visit to the center scored under FY2571's rubric (one criterion, frozen by the visit), the
     * visitors named (personal data); the rubric is shared by every fixture set.
     */
    private UUID visit(UUID center, String subdistrictCode) {
        UUID rubric = UUID.nameUUIDFromBytes("contract-rubric-2571".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        UUID criterion = UUID.nameUUIDFromBytes("contract-criterion-2571".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        execute("""
                insert into rubric (id, fiscal_year, revision, frozen_at, version, created_at, created_by, updated_at, updated_by)
                values (?, 2571, 1, now(), 1, now(), 'fixture', now(), 'fixture') on conflict do nothing""", rubric);
        execute("""
                insert into rubric_criterion (id, rubric_id, position, name, weight) values (?, ?, 1, 'เกณฑ์สัญญา', 100)
                on conflict (id) do nothing""", criterion, rubric);
        execute("""
                insert into rubric_level (rubric_id, name, min_score) values (?, 'ผ่าน', 1.00) on conflict do nothing""", rubric);
        UUID visit = UUID.randomUUID();
        execute("""
                insert into evaluation_visit (id, center_id, subdistrict_code, rubric_id, fiscal_year, quarter, visited_on, visitors,
                    total, level_name, follow_up, follow_up_due_on, version, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, 2571, 1, date '2027-11-25', 'นายผู้ประเมิน ทดสอบ', 4.00, 'ผ่าน', 'ติดตามสัญญา',
                    date '2027-12-31', 0, now(), 'fixture', now(), 'fixture')""", visit, center, subdistrictCode, rubric);
        execute("insert into evaluation_score (visit_id, criterion_id, score) values (?, ?, 4)", visit, criterion);
        return visit;
    }

    /**
     * A published lesson about the center, linking its activity and partner: readable in the library
     * by every area, and by its own area among its lessons.
     */
    private static final String LESSON_TEXT = "บทเรียนสัญญา ปัญหา สิ่งที่ทำ";

    private UUID lesson(UUID center, String subdistrictCode, UUID activity, UUID partner) {
        UUID id = UUID.randomUUID();
        execute("""
                insert into lesson (id, center_id, subdistrict_code, fiscal_year, state, title, problem, actions, results,
                    success_factors, advice, submitted_at, published_at, search_text, search_words, version, created_at, created_by,
                    updated_at, updated_by)
                values (?, ?, ?, 2571, 'PUBLISHED', 'บทเรียนสัญญา', 'ปัญหา', 'สิ่งที่ทำ', 'ผลลัพธ์ 20 ครัวเรือน', 'ปัจจัย', 'ข้อแนะนำ',
                    now(), now(), ?, ?, 0, now(), 'fixture', now(), 'fixture')""",
                id, center, subdistrictCode, LESSON_TEXT, ThaiWords.of(LESSON_TEXT));
        execute("insert into lesson_topic (lesson_id, topic) values (?, 'WASTE_FOR_GOLD')", id);
        execute("insert into lesson_activity (lesson_id, activity_id) values (?, ?)", id, activity);
        execute("insert into lesson_partner (lesson_id, partner_id, name) values (?, ?, 'ภาคีสัญญา')", id, partner);
        return id;
    }

    /** The district's draft report; the entity's constructor is the reporting package's own, hence SQL. */
    private UUID report(UUID deadline, String district) {
        execute("""
                insert into district_report (id, deadline_id, district_code, state, results, version, created_at,
                    created_by, updated_at, updated_by)
                values (?, ?, ?, 'DRAFT', 'ร่างรายงานสัญญา', 0, now(), 'fixture', now(), 'fixture')
                on conflict (deadline_id, district_code) do nothing""", UUID.randomUUID(), deadline, district);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select id from district_report where deadline_id = ? and district_code = ?")) {
            select.setObject(1, deadline);
            select.setString(2, district);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getObject(1, UUID.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small real JPEG, so the photo and thumbnail paths can answer 200. */
    public static byte[] jpeg() {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, new Color(x * 16, y * 16, 128).getRGB());
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

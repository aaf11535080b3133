package th.go.cdd.cdvl.seed.generate;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import th.go.cdd.cdvl.seed.load.CopyTable;
import th.go.cdd.cdvl.seed.load.LoadReport;
import th.go.cdd.cdvl.seed.reference.ReferenceData;

/**
 * Generates the national data set and streams it into the database, table by table in foreign-key
 * order, all in the caller's transaction.
 */
public final class NationalDataSet {

    private final long seed;
    private final Timeline timeline;
    private final ReferenceData reference;

    public NationalDataSet(long seed, Timeline timeline, ReferenceData reference) {
        this.seed = seed;
        this.timeline = timeline;
        this.reference = reference;
    }

    public void load(Connection db, LoadReport report) throws SQLException, IOException {
        List<SeedCenter> centers = new CenterPlanner(seed).plan(reference.subdistricts());
        PartnerNetwork network = new PartnerPlanner(seed, timeline).plan(centers);

        try (CopyTable t = new CopyTable(db, report, "center", CenterRows.COLUMNS)) {
            new CenterRows(seed).write(centers, t);
        }
        try (CopyTable t = new CopyTable(db, report, "center_member", MemberRows.COLUMNS)) {
            new MemberRows(seed).write(centers, t);
        }
        try (CopyTable t = new CopyTable(db, report, "operating_point", OperatingPointRows.COLUMNS)) {
            new OperatingPointRows(seed).write(reference, centers, t);
        }
        try (CopyTable t = new CopyTable(db, report, "partner", PartnerRows.PARTNER_COLUMNS)) {
            new PartnerRows(seed).writePartners(network, t);
        }
        try (CopyTable t = new CopyTable(db, report, "partner_link", PartnerRows.LINK_COLUMNS)) {
            PartnerRows.writeLinks(network, t);
        }
        ActivityGenerator activities = new ActivityGenerator(seed, timeline, reference, network);
        // the tallies behind the dashboards are counted once after the load, by the database's own
        // rebuild, rather than by the per-row trigger a quarter of a million times
        execute(db, "alter table activity disable trigger activity_tally");
        try (CopyTable t = new CopyTable(db, report, "activity", ActivityGenerator.COLUMNS)) {
            activities.write(centers, t);
        }
        execute(db, "alter table activity enable trigger activity_tally");
        // no plan yet to recount for each center tally the rebuild writes; the plans' lines, loaded
        // below, recount their plans' tallies once, when their COPY ends
        execute(db, "alter table center_tally disable trigger center_tally_plan");
        execute(db, "select rebuild_activity_tallies()");
        execute(db, "alter table center_tally enable trigger center_tally_plan");
        try (CopyTable t = new CopyTable(db, report, "activity_partner", "activity_id", "partner_id")) {
            activities.writePartners(t);
        }
        try (CopyTable t = new CopyTable(db, report, "office_contact", OfficeContactRows.COLUMNS)) {
            new OfficeContactRows(seed).write(reference, t);
        }
        try (CopyTable t = new CopyTable(db, report, "district_report", DistrictReportGenerator.COLUMNS)) {
            new DistrictReportGenerator(seed, timeline, reference, centers, activities, network).write(t);
        }
        PlanningGenerator planning = new PlanningGenerator(seed, timeline, reference, centers, activities, network).generate();
        try (CopyTable t = new CopyTable(db, report, "meeting", PlanningGenerator.MEETING_COLUMNS)) {
            planning.writeMeetings(t);
        }
        try (CopyTable t = new CopyTable(db, report, "meeting_resolution", PlanningGenerator.RESOLUTION_COLUMNS)) {
            planning.writeResolutions(t);
        }
        try (CopyTable t = new CopyTable(db, report, "driving_plan", PlanningGenerator.PLAN_COLUMNS)) {
            planning.writePlans(t);
        }
        try (CopyTable t = new CopyTable(db, report, "driving_plan_line", PlanningGenerator.LINE_COLUMNS)) {
            planning.writeLines(t);
        }
        EvaluationGenerator evaluation = new EvaluationGenerator(seed, timeline, centers).generate();
        try (CopyTable t = new CopyTable(db, report, "rubric", EvaluationGenerator.RUBRIC_COLUMNS)) {
            evaluation.writeRubrics(t);
        }
        try (CopyTable t = new CopyTable(db, report, "rubric_criterion", EvaluationGenerator.CRITERION_COLUMNS)) {
            evaluation.writeCriteria(t);
        }
        try (CopyTable t = new CopyTable(db, report, "rubric_level", EvaluationGenerator.LEVEL_COLUMNS)) {
            evaluation.writeLevels(t);
        }
        try (CopyTable t = new CopyTable(db, report, "evaluation_visit", EvaluationGenerator.VISIT_COLUMNS)) {
            evaluation.writeVisits(t);
        }
        try (CopyTable t = new CopyTable(db, report, "evaluation_score", EvaluationGenerator.SCORE_COLUMNS)) {
            evaluation.writeScores(t);
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}

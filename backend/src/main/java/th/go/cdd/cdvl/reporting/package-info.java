/**
 * Step 8 of the guideline, reporting up the chain, in four parts that use each other directly
 * (they are one feature; other features reach them only through their services and views):
 * <ul>
 * <li>{@code deadline}: the letter's deadlines, moved by the department, a province's earlier
 * internal dates, and {@code DueDates}, the date in force for any district;</li>
 * <li>{@code report}: the district report for a deadline, its review by the province, the
 * province's roll-up, their figures ({@code ReportFigures}) and official forms;</li>
 * <li>{@code completeness}: who reported for which deadline, and what is due next;</li>
 * <li>{@code reminder}: the offices' e-mail addresses and the reminders sent before and after
 * a due date.</li>
 * </ul>
 */
package th.go.cdd.cdvl.reporting;

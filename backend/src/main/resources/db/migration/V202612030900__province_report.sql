-- The province's quarterly report to the department (issue 14 §1): one per province per quarterly
-- deadline, the same state machine and columns as district_report, plus the districts' table as it
-- stood at submission. The department sets the provinces' due date per quarter; until it does, the
-- report has no timeliness (on_time stays null), because the letter gives no such date.
alter table deadline add column province_report_due_on date;

create table province_report (
    id             uuid          primary key,
    deadline_id    uuid          not null references deadline (id),
    province_code  varchar(2)    not null references province (code),
    state          varchar(20)   not null check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    results        varchar(8000),
    problems       varchar(8000),
    suggestions    varchar(8000),
    good_practice  varchar(8000),
    -- the districts' figures summed, frozen when the report was submitted
    figures        jsonb,
    -- each district's standing and timeliness, frozen with the figures
    districts      jsonb,
    submitted_at   timestamptz,
    submitted_by   varchar(200),
    on_time        boolean,
    last_submitted_at timestamptz,
    reviewed_at    timestamptz,
    reviewed_by    varchar(200),
    review_comment varchar(2000),
    version        bigint        not null,
    created_at     timestamptz   not null,
    created_by     varchar(200)  not null,
    updated_at     timestamptz   not null,
    updated_by     varchar(200)  not null,
    unique (deadline_id, province_code)
);
create index province_report_province_idx on province_report (province_code, deadline_id);

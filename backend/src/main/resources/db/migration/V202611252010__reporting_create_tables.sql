-- Reporting: government holidays, deadlines per fiscal year (with earlier internal deadlines a
-- province may set), district reports and their review, reminders sent, and office contacts.
create table holiday (
    holiday_on date         primary key,
    name_th    varchar(200) not null,
    name_en    varchar(200) not null,
    kind       varchar(20)  not null check (kind in ('PUBLIC', 'SUBSTITUTION', 'SPECIAL')),
    version    bigint       not null,
    updated_at timestamptz  not null,
    updated_by varchar(200) not null
);

create table deadline (
    id          uuid         primary key,
    fiscal_year integer      not null references fiscal_year (year),
    kind        varchar(30)  not null check (kind in ('QUARTERLY_REPORT', 'LOCATION_REPORT')),
    quarter     integer      check (quarter between 1 and 4),
    title_th    varchar(200) not null,
    title_en    varchar(200) not null,
    due_on      date         not null,
    version     bigint       not null,
    updated_at  timestamptz  not null,
    updated_by  varchar(200) not null,
    check ((kind = 'QUARTERLY_REPORT') = (quarter is not null))
);
create unique index deadline_quarterly_idx on deadline (fiscal_year, quarter) where kind = 'QUARTERLY_REPORT';
create unique index deadline_location_idx on deadline (fiscal_year) where kind = 'LOCATION_REPORT';

-- a province's earlier deadline for its own districts
create table province_deadline (
    deadline_id   uuid         not null references deadline (id),
    province_code varchar(2)   not null references province (code),
    due_on        date         not null,
    version       bigint       not null,
    updated_at    timestamptz  not null,
    updated_by    varchar(200) not null,
    primary key (deadline_id, province_code)
);

create table district_report (
    id             uuid          primary key,
    deadline_id    uuid          not null references deadline (id),
    district_code  varchar(4)    not null references district (code),
    state          varchar(20)   not null check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    results        varchar(8000),
    problems       varchar(8000),
    suggestions    varchar(8000),
    good_practice  varchar(8000),
    -- the prefilled figures frozen when the report was submitted
    figures        jsonb,
    -- the first submission decides on time or late; a resubmission after a return does not
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
    unique (deadline_id, district_code)
);
create index district_report_district_idx on district_report (district_code varchar_pattern_ops, deadline_id);

-- once-only key of every reminder: a restart or a second instance never sends twice
create table reminder_sent (
    deadline_id uuid        not null references deadline (id),
    area_code   varchar(4)  not null,
    kind        varchar(30) not null,
    sent_at     timestamptz not null,
    recipients  integer     not null,
    primary key (deadline_id, area_code, kind)
);

-- the official e-mail of each provincial and district CD office
create table office_contact (
    area_code  varchar(4)   primary key check (area_code ~ '^([0-9]{2}|[0-9]{4})$'),
    email      varchar(200) not null,
    version    bigint       not null,
    updated_at timestamptz  not null,
    updated_by varchar(200) not null
);

-- the one-off center location report of the letter: due 22 Nov 2567
insert into deadline (id, fiscal_year, kind, quarter, title_th, title_en, due_on, version, updated_at, updated_by)
values ('8e0c55a2-4f1e-4a55-9b8f-2568000000f3', 2568, 'LOCATION_REPORT', null,
        'รายงานศูนย์ผู้นำจิตอาสาพัฒนาชุมชน (สิ่งที่ส่งมาด้วย ๓)', 'Center location report (enclosure 3)',
        date '2024-11-22', 0, now(), 'migration');

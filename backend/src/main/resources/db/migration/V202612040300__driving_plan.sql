-- Driving plans (issue 15 §2, guideline step 2): one plan per center and fiscal year, made or
-- confirmed at a mechanism meeting: per quarter, the activities planned (type, a short title, the
-- participants expected, a partner if any) and the year's targets. A plan is a draft until the
-- district confirms it; every later change is kept in the audit trail, which is its history.
create table driving_plan (
    id                   uuid          primary key,
    center_id            uuid          not null references center (id),
    subdistrict_code     varchar(6)    not null references subdistrict (code),
    fiscal_year          integer       not null check (fiscal_year between 2500 and 2700),
    state                varchar(10)   not null check (state in ('DRAFT', 'CONFIRMED')),
    meeting_id           uuid          references meeting (id),
    target_activities    integer       check (target_activities between 0 and 1000),
    target_participants  integer       check (target_participants between 0 and 1000000),
    confirmed_at         timestamptz,
    confirmed_by         varchar(200),
    version              bigint        not null,
    created_at           timestamptz   not null,
    created_by           varchar(200)  not null,
    updated_at           timestamptz   not null,
    updated_by           varchar(200)  not null,
    unique (center_id, fiscal_year)
);
create index driving_plan_area_idx on driving_plan (subdistrict_code varchar_pattern_ops, fiscal_year);

create table driving_plan_line (
    plan_id                uuid          not null references driving_plan (id) on delete cascade,
    position               integer       not null check (position between 1 and 200),
    quarter                integer       not null check (quarter between 1 and 4),
    activity_type          varchar(40)   not null,
    title                  varchar(200)  not null,
    expected_participants  integer       check (expected_participants between 0 and 100000),
    partner_id             uuid          references partner (id),
    primary key (plan_id, position)
);

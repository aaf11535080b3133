-- Activities of centers (step 3 of the guideline): the 9 missions and the final destination, the
-- 5 development dimensions, and volunteer work on national days. fiscal_year and quarter are
-- derived from held_on (FiscalCalendar) and stored, so compliance figures are plain group-bys.
create table activity (
    id                       uuid          primary key,
    center_id                uuid          not null references center (id),
    subdistrict_code         varchar(6)    not null references subdistrict (code),
    title                    varchar(200)  not null,
    held_on                  date          not null,
    category                 varchar(20)   not null check (category in ('MISSION', 'DIMENSION', 'NATIONAL_DAY')),
    activity_type            varchar(40)   not null,
    national_day             varchar(200),
    description              varchar(4000),
    outcomes                 varchar(4000),
    participants_committee   integer       not null check (participants_committee >= 0),
    participants_leaders     integer       not null check (participants_leaders >= 0),
    participants_community   integer       not null check (participants_community >= 0),
    participants_partners    integer       not null check (participants_partners >= 0),
    participants_officers    integer       not null check (participants_officers >= 0),
    budget_baht              numeric(14, 2) check (budget_baht >= 0),
    budget_source            varchar(200),
    latitude                 numeric(9, 6),
    longitude                numeric(9, 6),
    fiscal_year              integer       not null,
    quarter                  integer       not null check (quarter between 1 and 4),
    outside_operation_period boolean       not null,
    idempotency_key          varchar(100),
    version                  bigint        not null,
    created_at               timestamptz   not null,
    created_by               varchar(200)  not null,
    updated_at               timestamptz   not null,
    updated_by               varchar(200)  not null,
    check ((latitude is null) = (longitude is null)),
    check (category <> 'NATIONAL_DAY' or national_day is not null)
);
create index activity_center_idx on activity (center_id, held_on);
create index activity_area_quarter_idx on activity (fiscal_year, quarter, subdistrict_code varchar_pattern_ops);
create index activity_subdistrict_idx on activity (subdistrict_code varchar_pattern_ops, held_on);
create unique index activity_idempotency_idx on activity (created_by, idempotency_key) where idempotency_key is not null;

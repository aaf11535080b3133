-- Mechanism meetings (issue 15 §1, guideline step 2): a meeting of the driving mechanism at
-- national, province, district or center level, with attendees counted by the five target groups,
-- the agenda, and resolutions that are followed up at the next meeting until marked done.
create table meeting (
    id                 uuid          primary key,
    fiscal_year        integer       not null check (fiscal_year between 2500 and 2700),
    level              varchar(10)   not null check (level in ('NATIONAL', 'PROVINCE', 'DISTRICT', 'CENTER')),
    -- where it was held in the area tree: '' the nation, a province, a district, or the center's sub-district
    area_code          varchar(6)    not null check (area_code ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6})?$'),
    center_id          uuid          references center (id),
    check ((level = 'NATIONAL' and area_code = '' and center_id is null)
        or (level = 'PROVINCE' and length(area_code) = 2 and center_id is null)
        or (level = 'DISTRICT' and length(area_code) = 4 and center_id is null)
        or (level = 'CENTER' and length(area_code) = 6 and center_id is not null)),
    held_on            date          not null,
    place              varchar(300)  not null,
    title              varchar(200)  not null,
    agenda             varchar(4000) not null,
    committee          integer       not null check (committee between 0 and 100000),
    volunteer_leaders  integer       not null check (volunteer_leaders between 0 and 100000),
    community          integer       not null check (community between 0 and 100000),
    partners           integer       not null check (partners between 0 and 100000),
    officers           integer       not null check (officers between 0 and 100000),
    -- optional list of attendees' names, one per line: personal data
    attendee_names     varchar(8000),
    version            bigint        not null,
    created_at         timestamptz   not null,
    created_by         varchar(200)  not null,
    updated_at         timestamptz   not null,
    updated_by         varchar(200)  not null
);
create index meeting_area_idx on meeting (area_code varchar_pattern_ops, held_on desc);
create index meeting_center_idx on meeting (center_id) where center_id is not null;

create table meeting_resolution (
    id          uuid          primary key,
    meeting_id  uuid          not null references meeting (id) on delete cascade,
    position    integer       not null check (position between 1 and 100),
    text        varchar(1000) not null,
    -- who carries it out: a person or an office, as the minutes name them
    owner       varchar(200),
    due_on      date,
    done_on     date,
    done_note   varchar(1000),
    -- deferred: renumbering the minutes moves numbers between rows within one statement batch
    unique (meeting_id, position) deferrable initially deferred
);
-- the follow-up of the next meeting: open resolutions of an area, oldest due first
create index meeting_resolution_open_idx on meeting_resolution (meeting_id) where done_on is null;

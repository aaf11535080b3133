-- Evaluation visits (issue 15 §3, guideline step 5). The department sets a rubric per fiscal year:
-- weighted criteria scored 1-5 and levels from the weighted total. A rubric is edited in place until
-- the first visit uses it; then it is frozen, and a change makes a new revision that applies only to
-- the visits recorded after it. A visit of a province or district officer to a center scores each
-- criterion of the rubric it was made under, so old scores keep their meaning.
create table rubric (
    id           uuid          primary key,
    fiscal_year  integer       not null check (fiscal_year between 2500 and 2700),
    revision     integer       not null check (revision >= 1),
    frozen_at    timestamptz,
    version      bigint        not null,
    created_at   timestamptz   not null,
    created_by   varchar(200)  not null,
    updated_at   timestamptz   not null,
    updated_by   varchar(200)  not null,
    unique (fiscal_year, revision)
);

create table rubric_criterion (
    id           uuid          primary key,
    rubric_id    uuid          not null references rubric (id) on delete cascade,
    position     integer       not null check (position between 1 and 30),
    name         varchar(200)  not null,
    description  varchar(2000),
    weight       integer       not null check (weight between 1 and 100),
    unique (rubric_id, position) deferrable initially deferred
);

-- levels from the weighted total (1.00-5.00): the highest level whose minimum the total reaches
create table rubric_level (
    rubric_id    uuid          not null references rubric (id) on delete cascade,
    name         varchar(100)  not null,
    min_score    numeric(3, 2) not null check (min_score between 1 and 5),
    primary key (rubric_id, min_score)
);

create table evaluation_visit (
    id                uuid          primary key,
    center_id         uuid          not null references center (id),
    -- the center's sub-district, kept with the visit for area scope
    subdistrict_code  varchar(6)    not null references subdistrict (code),
    rubric_id         uuid          not null references rubric (id),
    fiscal_year       integer       not null,
    quarter           integer       not null check (quarter between 1 and 4),
    visited_on        date          not null,
    -- who visited, as the report names them: personal data
    visitors          varchar(1000) not null,
    latitude          numeric(9, 6),
    longitude         numeric(9, 6),
    check ((latitude is null) = (longitude is null)),
    total             numeric(3, 2) not null check (total between 1 and 5),
    level_name        varchar(100),
    strengths         varchar(4000),
    advice            varchar(4000),
    follow_up         varchar(2000),
    follow_up_due_on  date,
    follow_up_done_on date,
    version           bigint        not null,
    created_at        timestamptz   not null,
    created_by        varchar(200)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(200)  not null
);
create index evaluation_visit_area_idx on evaluation_visit (subdistrict_code varchar_pattern_ops, fiscal_year, quarter);
create index evaluation_visit_center_idx on evaluation_visit (center_id, visited_on desc);
create index evaluation_visit_follow_up_idx on evaluation_visit (follow_up_due_on)
    where follow_up_due_on is not null and follow_up_done_on is null;

create table evaluation_score (
    visit_id      uuid          not null references evaluation_visit (id) on delete cascade,
    criterion_id  uuid          not null references rubric_criterion (id),
    score         integer       not null check (score between 1 and 5),
    note          varchar(1000),
    primary key (visit_id, criterion_id)
);

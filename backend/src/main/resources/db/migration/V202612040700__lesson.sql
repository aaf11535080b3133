-- Lessons learned (issue 16 §1, guideline step 6): a district or province officer writes what a
-- center did and achieved, the province reviews it, and once published every signed-in user reads
-- it in the library. Photos are attachments (owner type LESSON).
create table lesson (
    id               uuid          primary key,
    center_id        uuid          not null references center (id),
    -- the center's sub-district: the lesson's place in the area tree
    subdistrict_code varchar(6)    not null check (subdistrict_code ~ '^[0-9]{6}$'),
    fiscal_year      integer       not null check (fiscal_year between 2500 and 2700),
    state            varchar(10)   not null check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'WITHDRAWN')),
    title            varchar(200)  not null,
    problem          varchar(4000) not null,
    actions          varchar(4000) not null,
    results          varchar(4000) not null,
    success_factors  varchar(4000) not null,
    advice           varchar(4000) not null,
    -- the province's comment when it returned the lesson, or its reason when it withdrew it
    review_note      varchar(1000),
    submitted_at     timestamptz,
    published_at     timestamptz,
    -- title, texts and the center's name in one string, for the library's search (ILIKE: Thai has no spaces)
    search_text      varchar(25000) not null,
    version          bigint        not null,
    created_at       timestamptz   not null,
    created_by       varchar(200)  not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(200)  not null
);
create index lesson_area_idx on lesson (subdistrict_code varchar_pattern_ops, updated_at desc);
create index lesson_published_idx on lesson (published_at desc) where state = 'PUBLISHED';

-- the missions and dimensions it concerns: activity types of those two categories
create table lesson_topic (
    lesson_id  uuid        not null references lesson (id) on delete cascade,
    topic      varchar(40) not null,
    primary key (lesson_id, topic)
);
create index lesson_topic_idx on lesson_topic (topic);

-- the activities of the center that show it
create table lesson_activity (
    lesson_id    uuid not null references lesson (id) on delete cascade,
    activity_id  uuid not null references activity (id),
    primary key (lesson_id, activity_id)
);

-- the partners involved, with their name as it was when written (read by areas that cannot read the partner)
create table lesson_partner (
    lesson_id   uuid         not null references lesson (id) on delete cascade,
    partner_id  uuid         not null references partner (id),
    name        varchar(300) not null,
    primary key (lesson_id, partner_id)
);

-- Document requests (issue 14 §3): what the letter sent through the Google Drive folder. The
-- department or a province asks a set of offices (all districts of an area, or all provinces) for
-- files by a due date; each office answers with files and a note, then submits, and the requester
-- returns or accepts, as with reports (the same state and review columns as district_report).
create table document_request (
    id            uuid          primary key,
    fiscal_year   integer       not null check (fiscal_year between 2500 and 2700),
    title         varchar(200)  not null,
    instructions  varchar(4000) not null,
    due_on        date          not null,
    -- who is asked: DISTRICT offices under target_area ('' for every district), or every PROVINCE
    target_level  varchar(10)   not null check (target_level in ('DISTRICT', 'PROVINCE')),
    target_area   varchar(2)    not null check (target_area ~ '^([0-9]{2})?$'),
    -- who asked: '' the department, a province code a provincial office; they review the answers
    owner_area    varchar(2)    not null check (owner_area ~ '^([0-9]{2})?$'),
    -- where the summary after the due date goes: the requester's e-mail from their sign-in, if any
    requester_email varchar(320),
    check (target_level = 'DISTRICT' or target_area = ''),
    check (owner_area = '' or (target_level = 'DISTRICT' and target_area = owner_area)),
    version       bigint        not null,
    created_at    timestamptz   not null,
    created_by    varchar(200)  not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(200)  not null
);
create index document_request_year_idx on document_request (fiscal_year, due_on);

-- one office's answer; no row means not started
create table document_answer (
    id             uuid          primary key,
    request_id     uuid          not null references document_request (id),
    office_code    varchar(4)    not null check (office_code ~ '^([0-9]{2}|[0-9]{4})$'),
    state          varchar(20)   not null check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    note           varchar(4000),
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
    unique (request_id, office_code)
);

-- the files: the request's template (answer_id null) and the answers' files; the bytes live in FileStorage
create table document_file (
    id            uuid          primary key,
    request_id    uuid          not null references document_request (id),
    answer_id     uuid          references document_answer (id),
    file_name     varchar(200)  not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null,
    sha256        varchar(64)   not null,
    storage_key   varchar(300)  not null unique,
    created_at    timestamptz   not null,
    created_by    varchar(200)  not null
);
create index document_file_answer_idx on document_file (answer_id);
create unique index document_file_template_idx on document_file (request_id) where answer_id is null;

-- once-only key of every reminder of a request (request × office × kind), as reminder_sent for deadlines
create table document_reminder_sent (
    request_id  uuid        not null references document_request (id),
    area_code   varchar(4)  not null,
    kind        varchar(30) not null,
    sent_at     timestamptz not null,
    primary key (request_id, area_code, kind)
);

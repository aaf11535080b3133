-- Photo evidence of activities. The files live in FileStorage; the database keeps what they are.
create table activity_photo (
    id             uuid         primary key,
    activity_id    uuid         not null references activity (id),
    content_type   varchar(50)  not null,
    size_bytes     bigint       not null check (size_bytes > 0),
    sha256         varchar(64)  not null,
    width          integer      not null,
    height         integer      not null,
    storage_key    varchar(200) not null,
    thumbnail_key  varchar(200) not null,
    created_at     timestamptz  not null,
    created_by     varchar(200) not null
);
create index activity_photo_activity_idx on activity_photo (activity_id, created_at);

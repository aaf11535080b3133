-- Files attached to a record of another feature (issue 15: a meeting's minutes and photos, a
-- visit's photos; later a lesson's photos and a nomination's evidence). The bytes live in the file
-- store under storage_key; this row says what they are. owner_type names the kind of record
-- ('MEETING', 'VISIT'), owner_id its id; the owner's feature decides who may see and attach.
create table attachment (
    id            uuid          primary key,
    owner_type    varchar(40)   not null,
    owner_id      uuid          not null,
    kind          varchar(40)   not null,
    file_name     varchar(200)  not null,
    content_type  varchar(200)  not null,
    size_bytes    bigint        not null check (size_bytes > 0),
    sha256        varchar(64)   not null,
    storage_key   varchar(300)  not null unique,
    created_at    timestamptz   not null,
    created_by    varchar(200)  not null
);
create index attachment_owner_idx on attachment (owner_type, owner_id, created_at);

-- Who changed what, when, from which client: written in the same transaction as the change.
create table audit_event (
    id           uuid         primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(200) not null,
    client_id    varchar(200),
    entity_type  varchar(50)  not null,
    entity_id    varchar(64)  not null,
    -- the record this one belongs to (a member's center), so a record's history includes its parts
    parent_id    varchar(64),
    -- geocode of the record's place, so audit reads follow the same area rule as the data
    area_code    varchar(6)   not null,
    action       varchar(50)  not null,
    before_state jsonb,
    after_state  jsonb
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id, occurred_at);
create index audit_event_parent_idx on audit_event (parent_id, occurred_at);
create index audit_event_area_idx on audit_event (area_code varchar_pattern_ops, occurred_at);
create index audit_event_time_idx on audit_event (occurred_at);

-- Personal data (issue 12 §3).
-- A member erased on request keeps their row (role, gender, skills, dates) for the counts; the name is
-- replaced and the phone removed, and erased_at says when.
alter table center_member add column erased_at timestamptz;

-- Each audit snapshot's personal fields and their kind (PersonalData: name or contact), written
-- with the event from the view's contract annotations, so a reader is shown only the kinds the
-- rule allows and an erasure can strip them from the history. Earlier events get the fields their
-- entity's views had.
alter table audit_event add column personal jsonb;
update audit_event set personal = '{"fullName": "name", "phone": "contact"}' where entity_type = 'CENTER_MEMBER';
update audit_event set personal = '{"contactPerson": "contact", "contactPhone": "contact"}' where entity_type = 'PARTNER';
update audit_event set personal = '{"phone": "contact"}' where entity_type = 'CENTER';

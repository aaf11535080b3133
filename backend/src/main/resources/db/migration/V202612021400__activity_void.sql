-- Voiding an activity (issue 12 §4): a duplicate or a mistake is taken out of every list and count
-- but kept, with who voided it, when and why, so its history stays readable and nothing is lost.
alter table activity
    add column voided_at   timestamptz,
    add column voided_by   varchar(200),
    add column void_reason varchar(500),
    add constraint activity_void_complete check ((voided_at is null) = (void_reason is null)
                                                 and (voided_at is null) = (voided_by is null));

-- The tallies count live activities only: voiding takes one out as a delete would, and the
-- "moved" trigger also fires when an activity is voided.
create or replace function activity_tally_trigger() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.voided_at is null then
        perform tally_activity(old.center_id, old.fiscal_year, old.quarter, old.category, old.activity_type, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.voided_at is null then
        perform tally_activity(new.center_id, new.fiscal_year, new.quarter, new.category, new.activity_type, 1);
    end if;
    return null;
end $$;

drop trigger activity_tally_moved on activity;
create trigger activity_tally_moved after update on activity
    for each row
    when ((old.center_id, old.fiscal_year, old.quarter, old.category, old.activity_type, old.voided_at is null)
          is distinct from (new.center_id, new.fiscal_year, new.quarter, new.category, new.activity_type, new.voided_at is null))
    execute function activity_tally_trigger();

create or replace function rebuild_activity_tallies() returns void
language plpgsql as $$
begin
    lock table activity, center in share mode;
    delete from district_type_tally;
    delete from district_tally;
    delete from center_tally;
    insert into center_tally (center_id, fiscal_year, quarter, mission, dimension, national_day)
    select center_id, fiscal_year, period,
           count(*) filter (where category = 'MISSION'),
           count(*) filter (where category = 'DIMENSION'),
           count(*) filter (where category = 'NATIONAL_DAY')
    from activity, lateral (values (quarter), (0)) as p (period)
    where voided_at is null
    group by center_id, fiscal_year, period;
    insert into district_tally (district_code, fiscal_year, quarter, compliant_centers, mission, dimension, national_day)
    select c.district_code, t.fiscal_year, t.quarter, count(*) filter (where t.mission + t.dimension + t.national_day > 0),
           sum(t.mission), sum(t.dimension), sum(t.national_day)
    from center_tally t join center c on c.id = t.center_id
    where c.status = 'ACTIVE'
    group by c.district_code, t.fiscal_year, t.quarter;
    insert into district_type_tally (district_code, fiscal_year, activity_type, activities)
    select c.district_code, a.fiscal_year, a.activity_type, count(*)
    from activity a join center c on c.id = a.center_id
    where a.voided_at is null
    group by c.district_code, a.fiscal_year, a.activity_type;
end $$;

-- Demo data for `make run` only (never a production migration): Lampang (52) alive, a center in
-- every one of its 100 sub-districts with four members each, and an operating point per district.
-- Idempotent: ids are derived from the geocodes, and existing rows are left alone.
insert into center (id, subdistrict_code, district_code, province_code, name, village_no, village_name, address,
                    latitude, longitude, established_on, status, phone, version, created_at, created_by,
                    updated_at, updated_by)
select md5('demo-center-' || s.code)::uuid, s.code, s.district_code, s.province_code,
       'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบล' || s.name_th,
       abs(hashtext(s.code)) % 12 + 1,
       'บ้าน' || s.name_th,
       'ศาลาอเนกประสงค์ หมู่ที่ ' || (abs(hashtext(s.code)) % 12 + 1) || ' ตำบล' || s.name_th,
       s.latitude, s.longitude,
       date '2022-01-10' + abs(hashtext(s.code || 'est')) % 700,
       'ACTIVE',
       '054-' || lpad((abs(hashtext(s.code || 'tel')) % 1000000)::text, 6, '0'),
       0, now(), 'demo-seed', now(), 'demo-seed'
from subdistrict s
where s.province_code = '52'
on conflict do nothing;

insert into center_member (id, center_id, full_name, role, gender, phone, since, skills, active, version,
                           created_at, updated_at)
select md5('demo-member-' || s.code || '-' || n)::uuid, md5('demo-center-' || s.code)::uuid,
       (array['นางสมศรี', 'นายประเสริฐ', 'นางบุญมี', 'นายสมบัติ', 'นางสาวพิมพ์ใจ', 'นายวิเชียร', 'นางอำไพ', 'นายสุรชัย'])
           [abs(hashtext(s.code || n)) % 8 + 1]
       || ' ' ||
       (array['ใจดี', 'มีสุข', 'รักถิ่น', 'คำแสน', 'อินต๊ะ', 'ปัญญาดี', 'ศรีวงค์', 'แก้วมูล'])
           [abs(hashtext(s.code || n || 'x')) % 8 + 1],
       (array['CHAIR', 'SECRETARY', 'TREASURER', 'VOLUNTEER_LEADER'])[n],
       (array['FEMALE', 'MALE'])[abs(hashtext(s.code || n)) % 2 + 1],
       '08' || lpad((abs(hashtext(s.code || n || 'tel')) % 100000000)::text, 8, '0'),
       date '2022-02-01' + abs(hashtext(s.code || n || 'since')) % 700,
       (array['บัญชีครัวเรือน', 'ปลูกผักสวนครัว', 'ธนาคารขยะ', 'ทอผ้า', 'จักสาน'])[abs(hashtext(s.code || n || 'skill')) % 5 + 1],
       true, 0, now(), now()
from subdistrict s cross join generate_series(1, 4) as n
where s.province_code = '52'
  and exists (select 1 from center c where c.id = md5('demo-center-' || s.code)::uuid)
on conflict do nothing;

-- each district's first sub-district hosts its operating point
insert into operating_point (district_code, center_id, version, updated_at, updated_by)
select d.code, md5('demo-center-' || min(s.code))::uuid, 0, now(), 'demo-seed'
from district d join subdistrict s on s.district_code = d.code
where d.province_code = '52'
group by d.code
having exists (select 1 from center c where c.id = md5('demo-center-' || min(s.code))::uuid)
on conflict do nothing;

-- FY2568 activities of the demo centers, one or two per quarter, so the dashboards say something:
-- about one center in eight misses each quarter, and three missions (ของเก่าเล่าอดีต,
-- ปิดไฟประหยัด and the final destination) are never held.
with slots as (
    select s.code, s.district_code, s.latitude, s.longitude, q, n,
           abs(hashtext(s.code || '-' || q || '-' || n)) as h,
           (array[date '2024-11-15', date '2025-01-05', date '2025-04-03', date '2025-07-02'])[q] as first_day,
           (array[45, 80, 85, 70])[q] as span
    from subdistrict s cross join generate_series(1, 4) as q cross join generate_series(1, 2) as n
    where s.province_code = '52'
), chosen as (
    select *, (array['FRIDGE_AND_MEDICINE_CABINET', 'LABOUR_SHARING_BANK', 'THREE_TREES', 'HOUSEHOLD_ACCOUNTS',
                     'WASTE_FOR_GOLD', 'OCCUPATION_SHARING', 'FOUR_DIRECTIONS_MARKET', 'HEALTH', 'EDUCATION',
                     'OCCUPATION_INCOME', 'LIVING_CONDITIONS', 'STATE_SERVICES', 'DEVELOPMENT_VOLUNTEER',
                     'DISASTER_VOLUNTEER', 'SPECIAL_TASK_VOLUNTEER'])[h % 15 + 1] as activity_type
    from slots
    where (n = 1 and h % 8 <> 0) or (n = 2 and h % 3 = 0)
)
insert into activity (id, center_id, subdistrict_code, title, held_on, category, activity_type, national_day,
                      description, outcomes, participants_committee, participants_leaders, participants_community,
                      participants_partners, participants_officers, budget_baht, budget_source, latitude, longitude,
                      fiscal_year, quarter, outside_operation_period, version, created_at, created_by, updated_at,
                      updated_by)
select md5('demo-activity-' || code || '-' || q || '-' || n)::uuid, md5('demo-center-' || code)::uuid, code,
       (array['กิจกรรมปลูกผักสวนครัว', 'ลงแขกเอามื้อสามัคคี', 'ปลูกไม้สามอย่าง', 'อบรมบัญชีครัวเรือน',
              'ธนาคารขยะชุมชน', 'ผ้าป่าอาชีพ', 'ตลาดนัดชุมชนออนไลน์', 'ตรวจสุขภาพผู้สูงอายุ', 'ส่งเสริมการอ่าน',
              'ฝึกอาชีพเสริม', 'ซ่อมแซมบ้านผู้ยากไร้', 'หน่วยบริการเคลื่อนที่', 'จิตอาสาพัฒนาวัด',
              'จิตอาสาช่วยผู้ประสบภัย', 'จิตอาสาเฉพาะกิจ'])[h % 15 + 1],
       first_day + (h % span)::int,
       case when activity_type in ('HEALTH', 'EDUCATION', 'OCCUPATION_INCOME', 'LIVING_CONDITIONS', 'STATE_SERVICES')
                then 'DIMENSION'
            when activity_type like '%VOLUNTEER' then 'NATIONAL_DAY'
            else 'MISSION' end,
       activity_type,
       case when activity_type like '%VOLUNTEER' then 'วันพ่อแห่งชาติ ๕ ธันวาคม' end,
       'กิจกรรมตัวอย่างสำหรับการสาธิตระบบ', null,
       5 + h % 5, 10 + h % 20, 20 + h % 60, h % 6, 1 + h % 2,
       case when h % 4 = 0 then (1000 + h % 9000)::numeric(14, 2) end,
       case when h % 4 = 0 then 'งบประมาณกรมการพัฒนาชุมชน' end,
       latitude, longitude,
       2568, q, false, 0, now(), 'demo-seed', now(), 'demo-seed'
from chosen
where exists (select 1 from center c where c.id = md5('demo-center-' || code)::uuid)
on conflict do nothing;

-- Office e-mails for reminders (the mock mailer only logs them locally)
insert into office_contact (area_code, email, version, updated_at, updated_by)
select code, 'cdd.' || code || '@cdvl.example', 0, now(), 'demo-seed'
from (select '52' as code union all select code from district where province_code = '52') as offices
on conflict do nothing;

-- Partners of the 7 sectors: three per district, linked in FY2568 to some of its centers, so the
-- sector coverage shows centers with many sectors and centers with few. name_key is left empty:
-- SQL cannot compute PartnerNames.key (in the C locale [:alnum:] drops every Thai letter), so the
-- app derives the key from the name for rows without one.
with kinds(n, sector, kind, name) as (values
    (1, 'RELIGION', 'วัด', 'วัด'),
    (2, 'GOVERNMENT', 'อบต.', 'องค์การบริหารส่วนตำบล'),
    (3, 'EDUCATION', 'โรงเรียน', 'โรงเรียนบ้าน'),
    (4, 'PRIVATE', 'ห้างร้าน', 'ร้านค้าชุมชน'),
    (5, 'PEOPLE', 'วิสาหกิจชุมชน', 'วิสาหกิจชุมชน'),
    (6, 'CIVIL_SOCIETY', 'มูลนิธิ', 'มูลนิธิพัฒนา'),
    (7, 'MEDIA', 'สถานีวิทยุ', 'สถานีวิทยุชุมชน'))
insert into partner (id, name, name_key, sector, kind, contact_person, contact_phone, area_code, province_code, mou_on,
                     active, version, created_at, created_by, updated_at, updated_by)
select md5('demo-partner-' || d.code || '-' || k.n)::uuid, k.name || d.name_th,
       '', k.sector, k.kind,
       'ผู้ประสานงาน' || d.name_th, '054-' || lpad((abs(hashtext(d.code || k.n)) % 1000000)::text, 6, '0'),
       d.code, '52', date '2024-11-01', true, 0, now(), 'demo-seed', now(), 'demo-seed'
from district d cross join kinds k
where d.province_code = '52' and (abs(hashtext(d.code || '-' || k.n)) % 7 < 3 or k.n = 1)
on conflict do nothing;

insert into partner_link (id, partner_id, center_id, subdistrict_code, fiscal_year, supports_knowledge, supports_resources,
                          supports_scaling, supports_budget, budget_baht, version, created_at, created_by, updated_at,
                          updated_by)
select md5('demo-link-' || p.id || '-' || c.id)::uuid, p.id, c.id, c.subdistrict_code, 2568,
       true, abs(hashtext(c.subdistrict_code || p.sector)) % 2 = 0, false,
       abs(hashtext(c.subdistrict_code || p.sector)) % 3 = 0,
       case when abs(hashtext(c.subdistrict_code || p.sector)) % 3 = 0 then 2000 + abs(hashtext(p.name)) % 8000 end,
       0, now(), 'demo-seed', now(), 'demo-seed'
from partner p join center c on c.district_code = p.area_code
where p.created_by = 'demo-seed' and c.created_by = 'demo-seed'
  and abs(hashtext(c.subdistrict_code || p.sector)) % 5 < 3
on conflict do nothing;

-- Q1 and Q2 FY2568 district reports in every state, with the figures frozen as at submission.
with quarter_figures as (
    select d.code as district_code, q.quarter,
           jsonb_build_object(
               'compliance', jsonb_build_object(
                   'centers', count(distinct c.id),
                   'compliantCenters', count(distinct a.center_id),
                   'nonCompliantCenters', count(distinct c.id) - count(distinct a.center_id),
                   'rate', round(count(distinct a.center_id)::numeric / greatest(count(distinct c.id), 1), 4),
                   'activities', count(a.id)),
               'activities', jsonb_build_object(
                   'activities', count(a.id),
                   'participants', jsonb_build_object(
                       'committee', coalesce(sum(a.participants_committee), 0),
                       'volunteerLeaders', coalesce(sum(a.participants_leaders), 0),
                       'community', coalesce(sum(a.participants_community), 0),
                       'partners', coalesce(sum(a.participants_partners), 0),
                       'officers', coalesce(sum(a.participants_officers), 0)),
                   'budgetBaht', coalesce(sum(a.budget_baht), 0))) as figures
    from district d
    cross join (values (1), (2)) as q(quarter)
    join center c on c.district_code = d.code and c.status = 'ACTIVE'
    left join activity a on a.center_id = c.id and a.fiscal_year = 2568 and a.quarter = q.quarter
    where d.province_code = '52'
    group by d.code, q.quarter
), plan as (
    select f.district_code, f.quarter, f.figures, dl.id as deadline_id, dl.due_on,
           (array['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'SUBMITTED', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'SUBMITTED',
                  'ACCEPTED', 'MISSING', 'ACCEPTED', 'DRAFT', 'ACCEPTED'])[right(f.district_code, 2)::int] as fate,
           right(f.district_code, 2)::int % 4 = 0 as late
    from quarter_figures f
    join deadline dl on dl.fiscal_year = 2568 and dl.kind = 'QUARTERLY_REPORT' and dl.quarter = f.quarter
)
insert into district_report (id, deadline_id, district_code, state, results, problems, suggestions, good_practice, figures,
                             submitted_at, submitted_by, on_time, last_submitted_at, reviewed_at, reviewed_by,
                             review_comment, version, created_at, created_by, updated_at, updated_by)
select md5('demo-report-' || district_code || '-' || quarter)::uuid, deadline_id, district_code, fate,
       'ศูนย์ฯ ในอำเภอจัดกิจกรรมตามภารกิจ ๙ จุดหมายต้นสาย ปลายป่าน และจิตอาสาในวันสำคัญของชาติ',
       'งบประมาณสนับสนุนมีจำกัด และช่วงฤดูเก็บเกี่ยวผู้นำจิตอาสามีภารกิจมาก',
       'ควรขยายเครือข่ายภาคีภาคเอกชนและสื่อมวลชน', 'ธนาคารขยะชุมชนที่นำรายได้มาจัดสวัสดิการ',
       case when fate = 'DRAFT' then null else figures end,
       case when fate = 'DRAFT' then null else (due_on - case when late then -2 else 3 end) + time '10:30' at time zone 'Asia/Bangkok' end,
       case when fate = 'DRAFT' then null else 'demo.district' || district_code end,
       case when fate = 'DRAFT' then null else not late end,
       case when fate = 'DRAFT' then null else (due_on - case when late then -2 else 3 end) + time '10:30' at time zone 'Asia/Bangkok' end,
       case when fate in ('ACCEPTED', 'RETURNED') then (due_on + 5) + time '14:00' at time zone 'Asia/Bangkok' end,
       case when fate in ('ACCEPTED', 'RETURNED') then 'demo.province52' end,
       case when fate = 'RETURNED' then 'กรุณาเพิ่มรายละเอียดผลการดำเนินงานภารกิจที่ ๕ ขายขยะแลกทอง' end,
       0, now(), 'demo-seed', now(), 'demo-seed'
from plan
where fate <> 'MISSING'
on conflict do nothing;

-- Mechanism meetings (issue 15 §1): the province's working group, each district's first meeting of
-- FY2568 and one center meeting per district, with resolutions some of which are done and some
-- still open (overdue ones among them), so the follow-up list has something to follow up.
insert into meeting (id, fiscal_year, level, area_code, center_id, held_on, place, title, agenda, committee, volunteer_leaders,
                     community, partners, officers, attendee_names, version, created_at, created_by, updated_at, updated_by)
select md5('demo-meeting-52')::uuid, 2568, 'PROVINCE', '52', null::uuid, date '2024-10-22', 'ห้องประชุมศาลากลางจังหวัดลำปาง',
       'ประชุมคณะทำงานขับเคลื่อนศูนย์ผู้นำจิตอาสาพัฒนาชุมชนจังหวัดลำปาง ครั้งที่ 1/2568',
       E'1. เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ\n2. แนวทางการขับเคลื่อนศูนย์ฯ ปีงบประมาณ 2568\n3. การรายงานผลรายไตรมาส',
       0, 13, 0, 6, 15, null::text, 0, now(), 'demo-seed', now(), 'demo-seed'
union all
select md5('demo-meeting-' || d.code)::uuid, 2568, 'DISTRICT', d.code, null, date '2024-11-05' + (right(d.code, 2)::int),
       'ห้องประชุมที่ว่าการอำเภอ' || d.name_th, 'ประชุมคณะทำงานขับเคลื่อนศูนย์ฯ อำเภอ' || d.name_th || ' ครั้งที่ 1/2568',
       E'1. เรื่องแจ้งเพื่อทราบ\n2. แผนขับเคลื่อนศูนย์ฯ ไตรมาส 1–2\n3. การจัดกิจกรรมวันพ่อแห่งชาติ',
       9, 14, 6, 4, 3, E'นางสมศรี มีสุข\nนายประเสริฐ ใจงาม\nนางบุญมา ศรีสุข', 0, now(), 'demo-seed', now(), 'demo-seed'
from district d where d.province_code = '52'
union all
select md5('demo-meeting-center-' || c.district_code)::uuid, 2568, 'CENTER', c.subdistrict_code, c.id, date '2024-12-02',
       c.name, 'ประชุมคณะกรรมการบริหารศูนย์ ครั้งที่ 1/2568', E'1. ทบทวนผลกิจกรรมไตรมาส 1\n2. แผนกิจกรรมไตรมาส 2',
       9, 18, 12, 2, 1, null, 0, now(), 'demo-seed', now(), 'demo-seed'
from (select distinct on (district_code) id, district_code, subdistrict_code, name from center
      where province_code = '52' and created_by = 'demo-seed' order by district_code, subdistrict_code) c
on conflict do nothing;

insert into meeting_resolution (id, meeting_id, position, text, owner, due_on, done_on, done_note)
select md5('demo-resolution-' || m.id || '-' || r.position)::uuid, m.id, r.position, r.text, r.owner, m.held_on + r.due_in,
       case when r.done then m.held_on + r.due_in - 3 end, case when r.done then 'ดำเนินการแล้ว' end
from meeting m
cross join lateral (values
    (1, 'ทุกศูนย์ฯ จัดทำแผนขับเคลื่อนไตรมาส 2 ส่งอำเภอ', 'พัฒนาการอำเภอ', 30, true),
    (2, 'จัดกิจกรรมจิตอาสาวันพ่อแห่งชาติร่วมกับภาคีเครือข่าย', 'ประธานศูนย์ฯ', 40, right(m.area_code, 1) in ('1', '3', '5')),
    (3, 'ประสานภาคเอกชนสนับสนุนตู้ยาประจำหมู่บ้าน', 'นักวิชาการพัฒนาชุมชน', 120, false)
) as r(position, text, owner, due_in, done)
where m.created_by = 'demo-seed'
on conflict (id) do nothing;

-- Evaluation (issue 15 §3): FY2568's rubric, frozen by its visits, and visits with scores to about a
-- third of Lampang's centers in Q1 and Q2, some with a follow-up that is overdue.
insert into rubric (id, fiscal_year, revision, frozen_at, version, created_at, created_by, updated_at, updated_by)
values (md5('demo-rubric-2568')::uuid, 2568, 1, timestamptz '2024-11-01 09:00+07', 1, now(), 'demo-seed', now(), 'demo-seed')
on conflict do nothing;
insert into rubric_criterion (id, rubric_id, position, name, description, weight)
select md5('demo-criterion-2568-' || c.position)::uuid, md5('demo-rubric-2568')::uuid, c.position, c.name, c.description, c.weight
from (values
    (1, 'การจัดกิจกรรมต่อเนื่อง', 'จัดกิจกรรมตามภารกิจอย่างน้อยไตรมาสละครั้ง', 30),
    (2, 'การมีส่วนร่วมของภาคีเครือข่าย', 'ภาคีการพัฒนาร่วมกิจกรรมและสนับสนุนทรัพยากร', 25),
    (3, 'การบริหารจัดการศูนย์', 'คณะกรรมการ แผนขับเคลื่อน และการบันทึกข้อมูล', 25),
    (4, 'ผลต่อชุมชน', 'ประโยชน์ที่ชุมชนได้รับอย่างเป็นรูปธรรม', 20)
) as c(position, name, description, weight)
on conflict (id) do nothing;
insert into rubric_level (rubric_id, name, min_score)
values (md5('demo-rubric-2568')::uuid, 'ดีเด่น', 4.50), (md5('demo-rubric-2568')::uuid, 'ดี', 3.50),
       (md5('demo-rubric-2568')::uuid, 'พัฒนา', 1.00)
on conflict do nothing;

with visited as (
    select c.id as center_id, c.subdistrict_code, md5('demo-visit-' || c.id)::uuid as visit_id,
           date '2024-11-15' + (abs(hashtext(c.id::text)) % 120) as visited_on,
           row_number() over (order by c.subdistrict_code) as n
    from center c where c.province_code = '52' and c.created_by = 'demo-seed' and c.status = 'ACTIVE'
), chosen as (
    select * from visited where n % 3 = 1
), scores as (
    select v.visit_id, k.id as criterion_id, k.weight, 2 + abs(hashtext(v.visit_id::text || k.position)) % 4 as score
    from chosen v cross join rubric_criterion k where k.rubric_id = md5('demo-rubric-2568')::uuid
), totals as (
    select visit_id, round(sum(score * weight)::numeric / sum(weight), 2) as total from scores group by visit_id
), inserted as (
    insert into evaluation_visit (id, center_id, subdistrict_code, rubric_id, fiscal_year, quarter, visited_on, visitors, total,
                                  level_name, strengths, advice, follow_up, follow_up_due_on, follow_up_done_on, version,
                                  created_at, created_by, updated_at, updated_by)
    select v.visit_id, v.center_id, v.subdistrict_code, md5('demo-rubric-2568')::uuid, 2568,
           case when v.visited_on < date '2025-01-01' then 1 else 2 end, v.visited_on,
           'นายประเสริฐ ใจงาม พัฒนาการอำเภอ และนางบุญมา ศรีสุข นักวิชาการพัฒนาชุมชน', t.total,
           case when t.total >= 4.50 then 'ดีเด่น' when t.total >= 3.50 then 'ดี' else 'พัฒนา' end,
           'คณะกรรมการเข้มแข็ง จัดกิจกรรมสม่ำเสมอ', 'ควรบันทึกภาพกิจกรรมและรายงานในระบบทุกครั้ง',
           case when v.n % 2 = 1 then 'ประสานภาคเอกชนในพื้นที่ร่วมสนับสนุนกิจกรรม' end,
           case when v.n % 2 = 1 then v.visited_on + 45 end,
           case when v.n % 4 = 1 then v.visited_on + 30 end,
           0, now(), 'demo-seed', now(), 'demo-seed'
    from chosen v join totals t on t.visit_id = v.visit_id
    on conflict do nothing
    returning id
)
insert into evaluation_score (visit_id, criterion_id, score)
select s.visit_id, s.criterion_id, s.score from scores s join inserted i on i.id = s.visit_id
on conflict do nothing;

-- Driving plans (issue 15 §2): half of Lampang's centers have FY2568 plans, most confirmed at the
-- district's meeting, one activity planned per quarter; what was held shows some lines done.
insert into driving_plan (id, center_id, subdistrict_code, fiscal_year, state, meeting_id, target_activities,
                          target_participants, confirmed_at, confirmed_by, version, created_at, created_by, updated_at, updated_by)
select md5('demo-plan-' || c.id)::uuid, c.id, c.subdistrict_code, 2568,
       case when c.n % 4 = 0 then 'DRAFT' else 'CONFIRMED' end, md5('demo-meeting-' || c.district_code)::uuid, 8, 240,
       case when c.n % 4 = 0 then null else timestamptz '2024-11-20 10:00+07' end,
       case when c.n % 4 = 0 then null else 'demo.district' || c.district_code end,
       0, now(), 'demo-seed', now(), 'demo-seed'
from (select id, subdistrict_code, district_code, row_number() over (order by subdistrict_code) as n
      from center where province_code = '52' and created_by = 'demo-seed' and status = 'ACTIVE') c
where c.n % 2 = 0
on conflict do nothing;

insert into driving_plan_line (plan_id, position, quarter, activity_type, title, expected_participants)
select p.id, l.position, l.quarter, l.activity_type, l.title, l.expected
from driving_plan p
cross join (values
    (1, 1, 'FRIDGE_AND_MEDICINE_CABINET', 'ตู้ยาประจำหมู่บ้าน', 40),
    (2, 2, 'THREE_TREES', 'ปลูกไม้สามอย่างประโยชน์สี่อย่าง', 60),
    (3, 3, 'HEALTH', 'ตรวจสุขภาพผู้สูงอายุ', 50),
    (4, 4, 'DEVELOPMENT_VOLUNTEER', 'จิตอาสาพัฒนาวันสำคัญของชาติ', 80)
) as l(position, quarter, activity_type, title, expected)
where p.created_by = 'demo-seed' and p.fiscal_year = 2568
on conflict do nothing;

-- Lessons learned (issue 16 §1): three published lessons of Lampang's centers, one per theme, for
-- the library to show and its Thai search to find (e.g. "ปุ๋ยหมัก" inside an unspaced sentence).
-- The search words are the search text broken into words by ThaiWords (ICU's Thai dictionary), which
-- SQL cannot do: `words` holds them, computed once from the six texts; DemoSeedTest checks that they
-- still equal ThaiWords.of(search_text). Unlike the app, the demo leaves the center's name out of the
-- search text, so that the words need not depend on which center the join picks.
insert into lesson (id, center_id, subdistrict_code, fiscal_year, state, title, problem, actions, results, success_factors,
                    advice, submitted_at, published_at, search_text, search_words, version, created_at, created_by, updated_at,
                    updated_by)
select md5('demo-lesson-' || l.n)::uuid, c.id, c.subdistrict_code, 2568, 'PUBLISHED', l.title, l.problem, l.actions, l.results,
       l.factors, l.advice, timestamptz '2025-03-20 10:00+07' + l.n * interval '1 day',
       timestamptz '2025-03-25 10:00+07' + l.n * interval '1 day',
       concat_ws(E'\n', l.title, l.problem, l.actions, l.results, l.factors, l.advice), l.words,
       2, now(), 'demo-seed', now(), 'demo-seed'
from (values
    (1, '5201', 'ปุ๋ยหมักจากเศษใบไม้ ลดรายจ่ายครัวเรือน', 'ครัวเรือนเกษตรกรใช้ปุ๋ยเคมีราคาแพงและเผาเศษใบไม้ทำให้เกิดหมอกควัน',
        'ชุมชนร่วมกันทำปุ๋ยหมักจากเศษใบไม้และมูลสัตว์ที่ศูนย์ฯ ทุกเดือน และแบ่งปันให้สมาชิก',
        'ครัวเรือนเข้าร่วม 42 ครัวเรือน ลดค่าปุ๋ยเคมีเฉลี่ยครัวเรือนละ 1,200 บาทต่อปี ลดการเผาในพื้นที่ 3 หมู่บ้าน',
        'ผู้นำจิตอาสาลงมือทำเป็นตัวอย่าง โรงเรียนและวัดให้พื้นที่กองปุ๋ย', 'เริ่มจากครัวเรือนต้นแบบไม่เกิน 5 ครัวเรือน แล้วขยายผล',
        'WASTE_FOR_GOLD',
        'ปุ๋ย หมัก จาก เศษ ใบไม้ ลด ราย จ่าย ครัว เรือน ครัว เรือน เกษตรกร ใช้ ปุ๋ย เคมี ราคา แพง และ เผา เศษ ใบไม้ ทำให้ เกิด หมอก ควัน ชุมชน ร่วม กัน ทำ ปุ๋ย หมัก จาก เศษ ใบไม้ และ มูล สัตว์ ที่ ศูนย์ ทุก เดือน และ แบ่ง ปัน ให้ สมาชิก ครัว เรือน เข้า ร่วม 42 ครัว เรือน ลด ค่า ปุ๋ย เคมี เฉลี่ย ครัว เรือน ละ 1,200 บาท ต่อ ปี ลด การ เผา ใน พื้นที่ 3 หมู่บ้าน ผู้นำ จิต อาสา ลงมือ ทำ เป็น ตัวอย่าง โรงเรียน และ วัด ให้ พื้นที่ กอง ปุ๋ย เริ่ม จาก ครัว เรือน ต้นแบบ ไม่ เกิน 5 ครัว เรือน แล้ว ขยาย ผล'),
    (2, '5202', 'ตลาดนัดชุมชนออนไลน์ ขายผักปลอดสารทั่วอำเภอ', 'ผลผลิตผักปลอดสารขายได้เฉพาะในหมู่บ้าน ราคาต่ำ',
        'ศูนย์ฯ เปิดกลุ่มไลน์และเพจขายผักของสมาชิก นัดส่งสินค้าทุกวันเสาร์ที่ตลาดนัดหน้าศูนย์ฯ',
        'สมาชิกขายผ่านช่องทางออนไลน์ 28 ราย รายได้เพิ่มเฉลี่ยเดือนละ 2,500 บาท',
        'เยาวชนช่วยถ่ายภาพและโพสต์ขาย ภาคเอกชนช่วยค่าขนส่ง', 'กำหนดวันส่งสินค้าให้ชัดเจนและรักษาคุณภาพผักทุกครั้ง',
        'FOUR_DIRECTIONS_MARKET',
        'ตลาด นัด ชุมชน ออนไลน์ ขาย ผัก ปลอด สาร ทั่ว อำเภอ ผลผลิต ผัก ปลอด สาร ขาย ได้ เฉพาะ ใน หมู่บ้าน ราคา ต่ำ ศูนย์ เปิด กลุ่ม ไลน์ และ เพจ ขาย ผัก ของ สมาชิก นัด ส่ง สินค้า ทุก วัน เสาร์ ที่ ตลาด นัด หน้า ศูนย์ สมาชิก ขาย ผ่าน ช่อง ทาง ออนไลน์ 28 ราย ราย ได้ เพิ่ม เฉลี่ย เดือน ละ 2,500 บาท เยาวชน ช่วย ถ่าย ภาพ และ โพสต์ ขาย ภาค เอกชน ช่วย ค่า ขนส่ง กำหนด วัน ส่ง สินค้า ให้ ชัดเจน และ รักษา คุณภาพ ผัก ทุก ครั้ง'),
    (3, '5203', 'บัญชีรับจ่ายครัวเรือน ปลดหนี้นอกระบบ', 'ครัวเรือนจำนวนมากมีหนี้นอกระบบและไม่รู้รายจ่ายของตนเอง',
        'ผู้นำจิตอาสาสอนการจดบัญชีรับจ่ายทุกสัปดาห์ และติดตามเยี่ยมบ้านเดือนละครั้ง',
        'ครัวเรือนจดบัญชีต่อเนื่อง 60 ครัวเรือน ลดรายจ่ายที่ไม่จำเป็นร้อยละ 15 ปลดหนี้นอกระบบได้ 9 ครัวเรือน',
        'การติดตามอย่างสม่ำเสมอและกำลังใจจากคณะกรรมการศูนย์ฯ', 'ใช้สมุดบัญชีที่เข้าใจง่ายและให้รางวัลครัวเรือนที่จดครบ',
        'HOUSEHOLD_ACCOUNTS',
        'บัญชี รับ จ่าย ครัว เรือน ปลด หนี้ นอก ระบบ ครัว เรือน จำนวน มาก มี หนี้ นอก ระบบ และ ไม่รู้ ราย จ่าย ของ ตนเอง ผู้นำ จิต อาสา สอน การ จด บัญชี รับ จ่าย ทุก สัปดาห์ และ ติดตาม เยี่ยม บ้าน เดือน ละ ครั้ง ครัว เรือน จด บัญชี ต่อ เนื่อง 60 ครัว เรือน ลด ราย จ่าย ที่ ไม่ จำเป็น ร้อย ละ 15 ปลด หนี้ นอก ระบบ ได้ 9 ครัว เรือน การ ติดตาม อย่าง สม่ำเสมอ และ กำลัง ใจ จาก คณะ กรรมการ ศูนย์ ใช้ สมุด บัญชี ที่ เข้าใจ ง่าย และ ให้ รางวัล ครัว เรือน ที่ จด ครบ')
) as l(n, district, title, problem, actions, results, factors, advice, topic, words)
join lateral (select id, subdistrict_code, name from center
              where district_code = l.district and created_by = 'demo-seed' order by subdistrict_code limit 1) c on true
on conflict do nothing;

insert into lesson_topic (lesson_id, topic)
select md5('demo-lesson-' || n)::uuid, topic
from (values (1, 'WASTE_FOR_GOLD'), (1, 'OCCUPATION_INCOME'), (2, 'FOUR_DIRECTIONS_MARKET'), (2, 'OCCUPATION_INCOME'),
             (3, 'HOUSEHOLD_ACCOUNTS')) as t(n, topic)
where exists (select 1 from lesson where id = md5('demo-lesson-' || n)::uuid)
on conflict do nothing;

import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createCenter, uniqueName } from './support/centers';
import { DEMO_PASSWORD, logIn } from './support/login';

const RELIGION = 'ภาคศาสนา';

/** Today in Bangkok as YYYY-MM-DD (en-CA writes dates that way). */
function todayInBangkok(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

/**
 * An access token of a demo user from the realm's test client (password grant), for the steps
 * another screen owns; the browser session itself stays the SPA's.
 */
async function apiToken(request: APIRequestContext, username: string): Promise<string> {
  const config = (await (await request.get('/api/v1/app-config')).json()) as { keycloakUrl: string; realm: string };
  const answer = await request.post(`${config.keycloakUrl}/realms/${config.realm}/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'cdvl-tests', username, password: DEMO_PASSWORD },
  });
  expect(answer.ok()).toBeTruthy();
  return ((await answer.json()) as { access_token: string }).access_token;
}

/** Adds a partner through the form; a name like one of an earlier run is confirmed as new. */
async function createPartner(page: Page, name: string): Promise<string> {
  await page.goto('/partners');
  await page.getByRole('link', { name: 'เพิ่มภาคีเครือข่าย' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'เพิ่มภาคีเครือข่าย' })).toBeVisible();
  // A district officer's partners work in their district.
  await expect(page.getByRole('combobox', { name: 'อำเภอ' })).toHaveValue('5201');
  await page.getByRole('textbox', { name: 'ชื่อภาคีเครือข่าย' }).fill(name);
  await page.getByRole('combobox', { name: 'ภาคส่วน' }).selectOption('RELIGION');
  const kind = page.getByRole('combobox', { name: 'ประเภทองค์กร' });
  await kind.click();
  await page.getByRole('option', { name: 'วัด', exact: true }).click();
  await expect(kind).toHaveValue('วัด');
  await page.getByRole('textbox', { name: 'ผู้ประสานงาน', exact: true }).fill('พระครูทดสอบ ระบบ');
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();

  const saved = page.getByRole('heading', { level: 2, name });
  const duplicate = page.getByRole('button', { name: 'บันทึกเป็นภาคีใหม่' });
  await expect(saved.or(duplicate)).toBeVisible();
  if (await duplicate.isVisible()) await duplicate.click();
  await expect(saved).toBeVisible();
  await expect(page).toHaveURL(/\/partners\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

test('a district officer links a temple to a center, records it in an activity and sees the religion sector covered', async ({
  page,
  request,
}) => {
  await logIn(page, 'demo.district5201');
  const centerName = uniqueName('ศูนย์ภาคี e2e');
  const centerPath = await createCenter(page, centerName);
  const centerId = centerPath.split('/').pop()!;

  const stamp = `${Date.now()}`;
  const partnerName = `วัดทดสอบ e2e ${stamp}`;
  const partnerId = await createPartner(page, partnerName);
  await expect(page.getByText('พระครูทดสอบ ระบบ')).toBeVisible();

  // Link it to the center with knowledge support for the current fiscal year.
  await page.goto(centerPath);
  await page.getByRole('button', { name: 'เพิ่มภาคีที่สนับสนุน' }).click();
  const dialog = page.getByRole('dialog', { name: 'เพิ่มภาคีที่สนับสนุนศูนย์' });
  await expect(dialog.getByRole('combobox', { name: 'ปีงบประมาณ' })).not.toHaveValue('');
  const fiscalYear = await dialog.getByRole('combobox', { name: 'ปีงบประมาณ' }).inputValue();
  await dialog.getByRole('combobox', { name: 'ภาคีเครือข่าย' }).fill(stamp);
  await page.getByRole('option', { name: new RegExp(partnerName) }).click();
  await dialog.getByRole('checkbox', { name: 'องค์ความรู้' }).check();
  await expect(dialog.getByRole('textbox', { name: 'งบประมาณ (บาท)' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(dialog).toBeHidden();
  const links = page.getByRole('table', { name: `ภาคีเครือข่ายที่สนับสนุนศูนย์ ปีงบประมาณ ${fiscalYear}` });
  const linkRow = links.getByRole('row', { name: new RegExp(partnerName) });
  await expect(linkRow).toContainText(RELIGION);
  await expect(linkRow).toContainText('องค์ความรู้');

  // Record the temple in an activity of the center.
  const token = await apiToken(request, 'demo.district5201');
  const headers = { Authorization: `Bearer ${token}` };
  const created = await request.post('/api/v1/activities', {
    headers,
    data: {
      centerId,
      title: uniqueName('ปลูกผักสวนครัวกับวัด e2e'),
      heldOn: todayInBangkok(),
      type: 'FRIDGE_AND_MEDICINE_CABINET',
      participants: { committee: 3, volunteerLeaders: 5, community: 10, partners: 1, officers: 1 },
    },
  });
  expect(created.status()).toBe(201);
  const activityId = ((await created.json()) as { id: string }).id;

  await page.goto(`/activities/${activityId}`);
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  const section = page.getByRole('region', { name: 'ภาคีเครือข่ายที่ร่วมกิจกรรม' });
  if ((await section.count()) > 0) {
    // The activity page shows the partners component: choose the temple there.
    await section.getByRole('combobox', { name: 'เลือกภาคีเครือข่ายที่ร่วมกิจกรรม' }).fill(stamp);
    await page.getByRole('option', { name: new RegExp(partnerName) }).click();
    await section.getByRole('button', { name: 'บันทึกภาคีที่ร่วมกิจกรรม' }).click();
    await expect(section.getByRole('list').getByRole('link', { name: partnerName })).toBeVisible();
  } else {
    const set = await request.put(`/api/v1/activities/${activityId}/partners`, { headers, data: { partnerIds: [partnerId] } });
    expect(set.ok()).toBeTruthy();
  }
  const recorded = await request.get(`/api/v1/activities/${activityId}/partners`, { headers });
  expect(((await recorded.json()) as { id: string }[]).map((p) => p.id)).toEqual([partnerId]);

  // The partner's page lists the center it supports.
  await page.goto(`/partners/${partnerId}`);
  await expect(page.getByRole('table', { name: 'ศูนย์ที่ภาคีนี้สนับสนุนในพื้นที่ของท่าน' }).getByRole('link', { name: centerName })).toBeVisible();

  // The coverage view of Mueang Lampang marks the religion sector for the center.
  await page.goto('/partners');
  await page.getByRole('link', { name: 'ความครอบคลุม ๗ ภาคี' }).click();
  await expect(page.getByRole('heading', { level: 3, name: new RegExp(`เมืองลำปาง · ปีงบประมาณ ${fiscalYear}`) })).toBeVisible();
  const matrix = page.getByRole('table', { name: `ภาคส่วนที่สนับสนุนแต่ละศูนย์ ปีงบประมาณ ${fiscalYear}` });
  const headers7 = await matrix.getByRole('columnheader').allInnerTexts();
  // Cells follow the row header, so the religion column's cell is one place earlier.
  const religion = headers7.findIndex((text) => text.trim() === RELIGION) - 1;
  expect(religion).toBeGreaterThanOrEqual(0);
  const centerRow = matrix.getByRole('row', { name: new RegExp(centerName) });
  await expect(centerRow.getByRole('cell').nth(religion)).toHaveText(/✓\s*มี/);
  await expect(centerRow.getByRole('cell').nth(0)).toHaveText(/–\s*ไม่มี/);
  // One sector only, below the minimum of 3.
  await expect(centerRow).toContainText('ต่ำกว่าเกณฑ์');
});

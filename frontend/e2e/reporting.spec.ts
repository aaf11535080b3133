import { expect, test, type Page } from '@playwright/test';
import { logIn, pageAs } from './support/login';

// Fiscal years run from 1 October; 1 Oct 2026 starts FY2570 (Buddhist era).
function fiscalYearOf(date: Date): number {
  const bangkok = new Date(date.getTime() + 7 * 3_600_000);
  return bangkok.getUTCFullYear() + 543 + (bangkok.getUTCMonth() >= 9 ? 1 : 0);
}

const NOT_SUBMITTED = /^ไตรมาส \d\/\d{4}: (ยังไม่เริ่ม|ร่าง ยังไม่ส่ง|เลยกำหนด ยังไม่ส่ง)$/;

/**
 * Opens, from the district's own completeness row, the first quarterly report not submitted yet
 * in this run (reports are unique per deadline and district, and the database starts empty).
 */
async function openOpenQuarterlyReport(page: Page): Promise<{ label: string; fiscalYear: number; path: string }> {
  const first = fiscalYearOf(new Date());
  for (const fiscalYear of [first, first + 1]) {
    await page.goto(`/reports/completeness?fiscalYear=${fiscalYear}`);
    const row = page.getByRole('table', { name: /^การส่งรายงาน ปีงบประมาณ/ }).getByRole('row', { name: /เมืองลำปาง/ });
    await expect(row.getByRole('link').first()).toBeVisible();
    const open = row.getByRole('link', { name: NOT_SUBMITTED });
    if ((await open.count()) === 0) continue;
    const name = (await open.first().getAttribute('aria-label')) ?? '';
    await open.first().click();
    await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}\/5201$/);
    return { label: name.split(':')[0] ?? '', fiscalYear, path: new URL(page.url()).pathname };
  }
  throw new Error('Every quarterly report of 5201 is already submitted in this run');
}

async function submitReport(page: Page): Promise<boolean> {
  const submitted = page.waitForResponse(
    (response) => response.request().method() === 'POST' && response.url().endsWith('/reports/5201/submit'),
  );
  await page.getByRole('button', { name: 'ส่งรายงาน', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'ยืนยันการส่งรายงาน' });
  await dialog.getByRole('button', { name: 'ยืนยันส่งรายงาน' }).click();
  const response = await submitted;
  expect(response.status()).toBe(200);
  const report = (await response.json()) as { onTime?: boolean; state?: string };
  expect(report.state).toBe('SUBMITTED');
  await expect(page.getByRole('textbox', { name: 'ผลการดำเนินงาน' })).toBeHidden();
  return report.onTime === true;
}

test('a district submits its quarterly report, the province returns it, the district resubmits and the province accepts', async ({
  page,
  browser,
}) => {
  // Two users take turns over five steps; that takes longer than one page's test.
  test.slow();
  await logIn(page, 'demo.district5201');
  const { label, fiscalYear, path } = await openOpenQuarterlyReport(page);
  const deadlineId = path.split('/')[2] ?? '';

  // The figures of enclosure 2 are prefilled; the district writes the narrative and submits.
  await expect(page.getByRole('table', { name: 'การจัดกิจกรรมของศูนย์ แยกตามกิจกรรม' })).toBeVisible();
  await page.getByRole('textbox', { name: 'ผลการดำเนินงาน' }).fill(`ทดสอบ e2e ${Date.now()}: ศูนย์ทุกแห่งจัดกิจกรรม`);
  const onTime = await submitReport(page);
  const standing = onTime ? 'ส่งตรงเวลา' : 'ส่งล่าช้า';
  const timeliness = onTime ? 'ตรงเวลา' : 'ล่าช้า';
  await expect(page.getByText(standing, { exact: true }).first()).toBeVisible();
  await expect(page.getByText('ส่งรายงานแล้ว รอจังหวัดตรวจ แก้ไขไม่ได้จนกว่าจังหวัดจะส่งกลับ')).toBeVisible();

  // The province finds it in its queue and returns it; a comment is required.
  const province = await pageAs(browser, 'demo.province52', `/reports/queue?fiscalYear=${fiscalYear}&deadlineId=${deadlineId}`);
  const queue = province.getByRole('table', { name: /^รายงานของอำเภอในจังหวัดลำปาง/ });
  const queued = queue.getByRole('row', { name: /เมืองลำปาง/ });
  await expect(queued).toContainText(standing);
  await expect(queued).toContainText(timeliness);
  await queued.getByRole('link', { name: 'เปิดรายงานอำเภอเมืองลำปาง' }).click();
  await province.getByRole('button', { name: 'ส่งกลับให้แก้ไข' }).click();
  const returnDialog = province.getByRole('dialog', { name: 'ส่งรายงานกลับให้อำเภอแก้ไข' });
  await returnDialog.getByRole('button', { name: 'ส่งกลับ', exact: true }).click();
  await expect(returnDialog.getByText('กรุณาระบุสิ่งที่อำเภอต้องแก้ไข')).toBeVisible();
  const comment = `กรุณาเพิ่มปัญหาอุปสรรค (${Date.now()})`;
  await returnDialog.getByRole('textbox', { name: /สิ่งที่อำเภอต้องแก้ไข/ }).fill(comment);
  await returnDialog.getByRole('button', { name: 'ส่งกลับ', exact: true }).click();
  await expect(returnDialog).toBeHidden();
  await expect(province.getByText('ส่งกลับให้แก้ไข', { exact: true }).first()).toBeVisible();

  // The district sees the comment, completes the report and submits again.
  await page.reload();
  await expect(page.getByText('จังหวัดส่งรายงานกลับให้แก้ไข')).toBeVisible();
  await expect(page.getByText(comment)).toBeVisible();
  await page.getByRole('textbox', { name: 'ปัญหาอุปสรรค' }).fill('ฝนตกหนัก ทำให้เลื่อนกิจกรรมบางครั้ง');
  // Timeliness is judged by the first submission only.
  expect(await submitReport(page)).toBe(onTime);
  await expect(page.getByText(standing, { exact: true }).first()).toBeVisible();

  // The province accepts it.
  await province.reload();
  await province.getByRole('button', { name: 'รับรอง', exact: true }).click();
  const acceptDialog = province.getByRole('dialog', { name: 'รับรองรายงาน' });
  await acceptDialog.getByRole('button', { name: 'รับรองรายงาน' }).click();
  await expect(acceptDialog).toBeHidden();
  await expect(province.getByText('รับรองแล้ว', { exact: true }).first()).toBeVisible();

  // The province's matrix shows Mueang Lampang accepted; the queue keeps when it came in.
  await province.goto(`/reports/completeness?fiscalYear=${fiscalYear}&areaCode=52`);
  const matrix = province.getByRole('table', { name: `การส่งรายงาน ปีงบประมาณ ${fiscalYear}: ลำปาง` });
  await expect(matrix.getByRole('row', { name: /เมืองลำปาง/ }).getByRole('link', { name: `${label}: รับรองแล้ว` })).toBeVisible();
  await province.goto(`/reports/queue?fiscalYear=${fiscalYear}&deadlineId=${deadlineId}`);
  const accepted = province.getByRole('table', { name: /^รายงานของอำเภอในจังหวัดลำปาง/ }).getByRole('row', { name: /เมืองลำปาง/ });
  await expect(accepted).toContainText('รับรองแล้ว');
  await expect(accepted).toContainText(timeliness);
  await province.context().close();
});

test('the home page counts down to the district’s next deadline in the Buddhist era', async ({ page }) => {
  await logIn(page, 'demo.district5201');
  const card = page.getByRole('region', { name: 'กำหนดส่งรายงานของฉัน' });
  await expect(card).toBeVisible();
  await expect(card.getByText(/^(อีก \d+ วัน \(ภายใน|ครบกำหนดวันนี้|เลยกำหนด \d+ วัน).*25\d\d\)$/).first()).toBeVisible();
});

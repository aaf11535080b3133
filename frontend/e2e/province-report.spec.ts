import { expect, test, type Page } from '@playwright/test';
import { logIn, pageAs } from './support/login';

// Fiscal years run from 1 October; 1 Oct 2026 starts FY2570 (Buddhist era).
function fiscalYearOf(date: Date): number {
  const bangkok = new Date(date.getTime() + 7 * 3_600_000);
  return bangkok.getUTCFullYear() + 543 + (bangkok.getUTCMonth() >= 9 ? 1 : 0);
}

/**
 * Opens, from the province's reports list, the first quarterly province report Lampang may still
 * write (not started, draft or returned). The database is not reset between local runs, so earlier
 * runs may have submitted or accepted some; each run takes the next one.
 */
async function openOpenProvinceReport(page: Page): Promise<{ fiscalYear: number; deadlineId: string }> {
  const first = fiscalYearOf(new Date());
  for (const fiscalYear of [first, first + 1]) {
    await page.goto(`/reports?fiscalYear=${fiscalYear}`);
    const table = page.getByRole('table', { name: `กำหนดส่งรายงาน ปีงบประมาณ ${fiscalYear}` });
    await expect(table.or(page.getByText('ยังไม่มีกำหนดส่งรายงานในปีงบประมาณนี้'))).toBeVisible();
    const links = table.getByRole('link', { name: /^เปิดรายงานของจังหวัดสำหรับ/ });
    const paths = await Promise.all((await links.all()).map((link) => link.getAttribute('href')));
    for (const path of paths) {
      if (!path) continue;
      await page.goto(path);
      await expect(page.getByRole('heading', { name: 'ผลการดำเนินงานและข้อเสนอแนะ' })).toBeVisible();
      if ((await page.getByRole('textbox', { name: 'ผลการดำเนินงาน' }).count()) === 0) continue;
      return { fiscalYear, deadlineId: path.split('/')[2] ?? '' };
    }
  }
  throw new Error('Every quarterly province report of Lampang is already submitted in this run');
}

async function submitReport(page: Page) {
  const submitted = page.waitForResponse(
    (response) => response.request().method() === 'POST' && response.url().endsWith('/provinces/52/report/submit'),
  );
  await page.getByRole('button', { name: 'ส่งรายงาน', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'ยืนยันการส่งรายงาน' });
  await dialog.getByRole('button', { name: 'ยืนยันส่งรายงาน' }).click();
  const response = await submitted;
  expect(response.status()).toBe(200);
  expect(((await response.json()) as { state?: string }).state).toBe('SUBMITTED');
  await expect(page.getByText('ส่งรายงานแล้ว รอกรมตรวจ แก้ไขไม่ได้จนกว่ากรมจะส่งกลับ')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'ผลการดำเนินงาน' })).toBeHidden();
}

// Submitted with or without the department's date to judge it by.
const SUBMITTED = /ส่งแล้ว|ส่งตรงเวลา|ส่งล่าช้า/;

test('a province submits its report to the department, which returns it; the province resubmits and the department accepts', async ({
  page,
  browser,
}) => {
  // Two users take turns over five steps; that takes longer than one page's test.
  test.slow();
  await logIn(page, 'demo.province52');
  const { fiscalYear, deadlineId } = await openOpenProvinceReport(page);

  // The province's figures and districts are prefilled; it writes the narrative and submits.
  await expect(page.getByRole('table', { name: 'การส่งรายงานของอำเภอในจังหวัดลำปาง' })).toBeVisible();
  await page.getByRole('textbox', { name: 'ผลการดำเนินงาน' }).fill(`ทดสอบ e2e ${Date.now()}: ทุกอำเภอจัดกิจกรรม`);
  await submitReport(page);

  // The department finds Lampang submitted in its queue, reached from the navigation.
  const national = await pageAs(browser, 'demo.national');
  await national.getByRole('link', { name: 'รายงานของจังหวัดถึงกรม' }).first().click();
  await expect(national).toHaveURL(/\/reports\/provinces/);
  await national.goto(`/reports/provinces?fiscalYear=${fiscalYear}&deadlineId=${deadlineId}`);
  const queue = national.getByRole('table', { name: /^รายงานของจังหวัด: / });
  const lampang = queue.getByRole('row', { name: /ลำปาง/ });
  await expect(lampang).toContainText(SUBMITTED);
  await lampang.getByRole('link', { name: 'เปิดรายงานจังหวัดลำปาง' }).click();

  // It returns the report; a comment is required.
  await national.getByRole('button', { name: 'ส่งกลับให้แก้ไข' }).click();
  const returnDialog = national.getByRole('dialog', { name: 'ส่งรายงานกลับให้จังหวัดแก้ไข' });
  await returnDialog.getByRole('button', { name: 'ส่งกลับ', exact: true }).click();
  await expect(returnDialog.getByText('กรุณาระบุสิ่งที่จังหวัดต้องแก้ไข')).toBeVisible();
  const comment = `กรุณาสรุปปัญหาอุปสรรคของอำเภอ (${Date.now()})`;
  await returnDialog.getByRole('textbox', { name: /สิ่งที่จังหวัดต้องแก้ไข/ }).fill(comment);
  await returnDialog.getByRole('button', { name: 'ส่งกลับ', exact: true }).click();
  await expect(returnDialog).toBeHidden();
  await expect(national.getByText('กรมส่งรายงานกลับให้แก้ไข')).toBeVisible();

  // The province sees the comment, completes the report and submits again.
  await page.reload();
  await expect(page.getByText('กรมส่งรายงานกลับให้แก้ไข')).toBeVisible();
  await expect(page.getByText(comment)).toBeVisible();
  await page.getByRole('textbox', { name: 'ปัญหาอุปสรรค' }).fill('ฝนตกหนัก ทำให้หลายอำเภอเลื่อนกิจกรรม');
  await submitReport(page);

  // The department accepts it; both see it accepted.
  await national.reload();
  await national.getByRole('button', { name: 'รับรอง', exact: true }).click();
  const acceptDialog = national.getByRole('dialog', { name: 'รับรองรายงาน' });
  await acceptDialog.getByRole('button', { name: 'รับรองรายงาน' }).click();
  await expect(acceptDialog).toBeHidden();
  await expect(national.getByText('กรมรับรองรายงานแล้ว')).toBeVisible();
  await national.goto(`/reports/provinces?fiscalYear=${fiscalYear}&deadlineId=${deadlineId}`);
  await expect(national.getByRole('table', { name: /^รายงานของจังหวัด: / }).getByRole('row', { name: /ลำปาง/ })).toContainText(
    'รับรองแล้ว',
  );

  // The department prints the quarter's national summary, where Lampang now counts as accepted.
  await national.getByRole('link', { name: 'พิมพ์สรุป A4 ไตรมาสนี้' }).click();
  const summary = national.getByRole('article', { name: 'สรุปผลการดำเนินงานศูนย์ผู้นำจิตอาสาพัฒนาชุมชนระดับประเทศ' });
  await expect(summary.getByRole('table', { name: /^จังหวัดทั้งหมด/ }).getByRole('row', { name: /^ลำปาง/ })).toContainText('รับรองแล้ว');
  // And the matrix of the provinces' reports shows the same.
  await national.goto(`/reports/completeness/provinces?fiscalYear=${fiscalYear}`);
  await expect(national.getByRole('row', { name: /^ลำปาง/ }).getByRole('link', { name: /: รับรองแล้ว$/ }).first()).toBeVisible();

  await page.reload();
  await expect(page.getByText('รับรองแล้ว', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('กรมรับรองรายงานแล้ว')).toBeVisible();
  await national.context().close();
});

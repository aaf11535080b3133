import { expect, test } from '@playwright/test';
import { addMember, createCenter, uniqueName } from './support/centers';
import { logIn, pageAs } from './support/login';

test('a district officer registers a center in Mueang Lampang and adds a member', async ({ page }) => {
  await logIn(page, 'demo.district5201');
  const name = uniqueName('ศูนย์ทดสอบ e2e');

  await createCenter(page, name);
  await expect(page.getByRole('main').getByText(/อำเภอเมืองลำปาง จังหวัดลำปาง/)).toBeVisible();
  await expect(page.getByText(/^พิกัด ละติจูด 18\.\d+ ลองจิจูด 99\.\d+$/)).toBeVisible();
  await addMember(page, uniqueName('นางทดสอบ'));

  // The history records both changes, by whom, in the Buddhist era.
  const history = page.getByRole('region', { name: 'ประวัติการเปลี่ยนแปลง' });
  await expect(history.getByText('สร้างข้อมูลศูนย์')).toBeVisible();
  await expect(history.getByText('เพิ่มสมาชิก')).toBeVisible();
  await expect(history.getByText(/โดย demo\.district5201/).first()).toBeVisible();
  await expect(history.getByText(new RegExp(`${new Date().getFullYear() + 543}`)).first()).toBeVisible();
});

test('a provincial officer sees a center and member of a district in the province', async ({ page, browser }) => {
  await logIn(page, 'demo.district5201');
  const name = uniqueName('ศูนย์จังหวัดเห็น');
  const member = uniqueName('นายสมาชิก');
  await createCenter(page, name);
  await addMember(page, member);

  const province = await pageAs(browser, 'demo.province52', '/centers');
  await province.getByRole('searchbox', { name: 'ค้นหา' }).fill(name);
  const table = province.getByRole('table', { name: 'รายชื่อศูนย์ผู้นำจิตอาสาพัฒนาชุมชน' });
  await table.getByRole('link', { name }).click();
  await expect(province.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(province.getByRole('rowheader', { name: member })).toBeVisible();
  await province.context().close();
});

test('a district officer of another province is told the center is not found', async ({ page, browser }) => {
  await logIn(page, 'demo.district5201');
  const path = await createCenter(page, uniqueName('ศูนย์นอกพื้นที่'));

  const other = await pageAs(browser, 'demo.district5001', path);
  await expect(other.getByRole('alert')).toContainText('ไม่พบศูนย์นี้ หรือศูนย์อยู่นอกพื้นที่รับผิดชอบของคุณ');
  await other.context().close();
});

test('the second of two officers saving the same center sees the conflict and re-applies', async ({ page, browser }) => {
  await logIn(page, 'demo.district5201');
  const name = uniqueName('ศูนย์แก้พร้อมกัน');
  const path = await createCenter(page, name);

  const second = await pageAs(browser, 'demo.district5201', `${path}/edit`);
  await page.goto(`${path}/edit`);
  const firstName = page.getByRole('textbox', { name: 'ชื่อศูนย์' });
  const secondNotes = second.getByRole('textbox', { name: 'หมายเหตุ' });
  await expect(firstName).toHaveValue(name);
  await expect(secondNotes).toBeVisible();

  await firstName.fill(`${name} (แก้แล้ว)`);
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: `${name} (แก้แล้ว)` })).toBeVisible();

  await secondNotes.fill('บันทึกจากผู้ใช้คนที่สอง');
  await second.getByRole('button', { name: 'บันทึก', exact: true }).click();
  const dialog = second.getByRole('dialog', { name: 'มีผู้อื่นบันทึกข้อมูลก่อนคุณ' });
  await expect(dialog).toBeVisible();
  const differences = dialog.getByRole('table', { name: 'รายการที่แตกต่างกัน' });
  await expect(differences.getByRole('row', { name: /ชื่อศูนย์/ })).toContainText(`${name} (แก้แล้ว)`);
  await expect(differences.getByRole('row', { name: /หมายเหตุ/ })).toContainText('บันทึกจากผู้ใช้คนที่สอง');

  await dialog.getByRole('button', { name: 'นำการแก้ไขของฉันไปใช้กับฉบับล่าสุด' }).click();
  await expect(second.getByRole('textbox', { name: 'ชื่อศูนย์' })).toHaveValue(`${name} (แก้แล้ว)`);
  await second.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(second.getByRole('heading', { level: 2, name: `${name} (แก้แล้ว)` })).toBeVisible();
  await expect(second.getByText('บันทึกจากผู้ใช้คนที่สอง')).toBeVisible();
  await second.context().close();
});

test('a district officer erases a member’s personal data on request, and the member stays as a placeholder', async ({
  page,
}) => {
  await logIn(page, 'demo.district5201');
  await createCenter(page, uniqueName('ศูนย์ลบข้อมูล e2e'));
  const member = uniqueName('นางขอลบข้อมูล');
  await addMember(page, member);

  await page.getByRole('button', { name: `ลบข้อมูลส่วนบุคคลของ ${member}` }).click();
  const dialog = page.getByRole('dialog', { name: 'ลบข้อมูลส่วนบุคคลของสมาชิก' });
  await expect(dialog.getByText(/ยังนับรวมในจำนวนสมาชิกของศูนย์/)).toBeVisible();
  await dialog.getByRole('button', { name: 'ยืนยันลบข้อมูลส่วนบุคคล' }).click();
  await expect(dialog).toBeHidden();

  // The row stays, so the center's counts do not change, but the name is gone and it can no longer change.
  const members = page.getByRole('table', { name: /รายชื่อคณะกรรมการ/ });
  const row = members.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: '(ลบข้อมูลส่วนบุคคลแล้ว)', exact: true }),
  });
  await expect(row).toHaveCount(1);
  await expect(row.getByText('ลบข้อมูลส่วนบุคคลแล้ว', { exact: true })).toBeVisible();
  await expect(row.getByRole('button')).toHaveCount(0);
  await expect(members.getByText(member)).toHaveCount(0);

  // The history records the erasure and no longer holds the name.
  const history = page.getByRole('region', { name: 'ประวัติการเปลี่ยนแปลง' });
  await expect(history.getByText('ลบข้อมูลส่วนบุคคลของสมาชิกตามคำขอ')).toBeVisible();
  await expect(history.getByText(member)).toHaveCount(0);
});

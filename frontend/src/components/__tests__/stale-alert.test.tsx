import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { StaleAlert } from '../stale-alert';

test('says someone saved first in the feature’s words and reloads on request', async () => {
  const onReload = vi.fn();
  render(
    <AppProvider>
      <StaleAlert ns="centers" message="มีผู้อื่นแก้ไขข้อมูลสมาชิกนี้แล้ว" onReload={onReload} />
    </AppProvider>,
  );

  expect(screen.getByRole('alert')).toHaveTextContent('มีผู้อื่นบันทึกข้อมูลก่อนคุณ');
  expect(screen.getByText('มีผู้อื่นแก้ไขข้อมูลสมาชิกนี้แล้ว')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'โหลดใหม่ (ทิ้งการแก้ไขของฉัน)' }));
  expect(onReload).toHaveBeenCalled();
});

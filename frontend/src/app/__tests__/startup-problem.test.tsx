import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { StartupProblem } from '../startup-problem';

test('says in Thai that the sign-in service cannot be reached and offers to try again', async () => {
  const reload = vi.fn();
  vi.stubGlobal('location', { ...window.location, reload });
  render(
    <AppProvider>
      <StartupProblem reason="signInUnavailable" />
    </AppProvider>,
  );

  expect(screen.getByRole('alert')).toHaveTextContent('ขณะนี้ไม่สามารถติดต่อระบบยืนยันตัวตนได้');
  await userEvent.click(screen.getByRole('button', { name: 'ลองอีกครั้ง' }));
  expect(reload).toHaveBeenCalled();
});

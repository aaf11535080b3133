import { useState } from 'react';

/**
 * Sends chosen files one after another, each answered before the next goes (a record's next
 * change builds on the last answer), and stops at the first refusal, which its mutation shows.
 * `sending` names the file on its way.
 */
export function useOneByOne(send: (file: File) => Promise<unknown>, onSent: (file: File) => void) {
  const [sending, setSending] = useState<string>();
  async function sendAll(files: File[]) {
    for (const file of files) {
      setSending(file.name);
      try {
        await send(file);
        onSent(file);
      } catch {
        break;
      } finally {
        setSending(undefined);
      }
    }
  }
  return { sending, sendAll };
}

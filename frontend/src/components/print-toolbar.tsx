import { Anchor, Button, Group, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUrlParams } from '@/lib/search-params';

/** Thai digits on the printed form, kept in the URL (?thaiDigits=1) so a printout can be repeated. */
export function useThaiDigitsParam(): [boolean, (on: boolean) => void] {
  const [params, update] = useUrlParams();
  return [params.get('thaiDigits') === '1', (on) => update({ thaiDigits: on ? '1' : undefined })];
}

type PrintToolbarProps = {
  /** The namespace with the form's `print.back`, `print.thaiDigits` and `print.print` texts. */
  ns: string;
  backTo: string;
  thaiDigits: boolean;
  onThaiDigits: (on: boolean) => void;
  ready: boolean;
};

/** The screen-only controls above a printable form. */
export function PrintToolbar({ ns, backTo, thaiDigits, onThaiDigits, ready }: PrintToolbarProps) {
  const { t } = useTranslation(ns);
  return (
    <Group justify="space-between" className="cdvl-no-print">
      <Anchor component={Link} to={backTo} size="sm">
        {t('print.back')}
      </Anchor>
      <Group>
        <Switch
          label={t('print.thaiDigits')}
          checked={thaiDigits}
          onChange={(event) => onThaiDigits(event.currentTarget.checked)}
        />
        <Button onClick={() => window.print()} disabled={!ready}>
          {t('print.print')}
        </Button>
      </Group>
    </Group>
  );
}

import { useTranslation } from 'react-i18next';
import { supportKinds, type SupportKind } from '../api/get-partners';

/** The kinds of support in the guideline's order, as words: "องค์ความรู้ และงบประมาณ". */
export function SupportText({ supports }: { supports: readonly SupportKind[] }) {
  const { t, i18n } = useTranslation('partners');
  const list = new Intl.ListFormat(i18n.language.startsWith('en') ? 'en-GB' : 'th-TH', { type: 'conjunction' });
  return <>{list.format(supportKinds.filter((kind) => supports.includes(kind)).map((kind) => t(`support.${kind}`)))}</>;
}

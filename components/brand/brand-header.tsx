import { t } from '../../utils/i18n';

/** The extension's logo and name, for its own pages (the card draws no logo: it carries no image files). */
export function BrandHeader() {
  return (
    <div class="cc-brand">
      <img src="/icons/icon-32.png" srcSet="/icons/icon-32.png 1x, /icons/icon-96.png 3x" alt="" width={32} height={32} />
      <p class="cc-brand-name">{t('extName')}</p>
    </div>
  );
}

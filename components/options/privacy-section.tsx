import { t } from '../../utils/i18n';

/** "About your privacy": no network, settings only on this device, the policy for private windows. */
export function PrivacySection() {
  return (
    <section class="cc-options-section" aria-labelledby="options-privacy">
      <h2 id="options-privacy">{t('options_privacyHeading')}</h2>
      <ul class="cc-privacy">
        <li>{t('options_privacyNetwork')}</li>
        <li>{t('options_privacyLocal')}</li>
        <li>{t('options_privacyPrivate')}</li>
      </ul>
    </section>
  );
}

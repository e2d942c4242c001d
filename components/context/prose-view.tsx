import { Fragment } from 'preact';
import { isBackground } from '../../core/pack/prose';
import type { Prose } from '../../core/pack/schema';
import { t } from '../../utils/i18n';

/** A pack's prose, sentence by sentence; a sentence resting only on outside sources is marked as background. */
export function ProseView({ prose }: { /** The sentences to show. */ prose: Prose }) {
  return (
    <>
      {prose.map((sentence, i) => (
        <Fragment key={i}>
          {i > 0 && ' '}
          {sentence.text}
          {isBackground(sentence) && <span class="cc-background"> ({t('card_background')})</span>}
        </Fragment>
      ))}
    </>
  );
}

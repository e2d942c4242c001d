// The words that attribute speech, refer back to a speaker, or mark a term rather than speech, per language.
// Languages not listed get quotations without speakers ("speaker not identified"), never a guess.

export interface SpeechWords {
  /** Attribution verbs, as one alternation (matched whole-word, case-insensitive). */
  verbs: string;
  /** "According to" and its kin: the speaker follows. */
  according: string;
  /** Third-person pronouns that refer back to the last named person. */
  pronouns: string;
  /** Words right before a quotation that make it a term or a title, not speech. */
  termCues: string;
  /** Words that introduce an inverted attribution's subject after the verb ("said the minister"). */
  determiners: string;
  /** For each subject pronoun, the forms of the other gender: "him" between a name and "she said" means two people. */
  otherGender?: Record<string, string>;
}

const EN: SpeechWords = {
  verbs:
    'said|says|say|told|tells|tell|added|adds|adding|stated|states|explained|explains|noted|notes|wrote|writes|asked|asks|argued|argues|' +
    'insisted|insists|warned|warns|claimed|claims|declared|declares|announced|announces|replied|replies|responded|responds|recalled|recalls|' +
    'continued|continues|concluded|acknowledged|acknowledges|admitted|admits|urged|urges|suggested|suggests|commented|remarked|observed|' +
    'emphasi[sz]ed|stressed|stresses|tweeted|posted|reiterated|predicted|cautioned|conceded|complained|boasted|quipped|joked|shouted|' +
    'testified|vowed|pledged|promised|expressed|described|wondered|agreed|countered|maintained|maintains|contended|alleged|alleges|' +
    'recounted|demanded|pleaded|thundered|exclaimed|sighed|mused|laughed|explaining|saying|telling|noting|arguing|warning|insisting',
  according: 'according to|in the words of',
  pronouns: 'he|she',
  termCues:
    'so-called|so called|called|dubbed|termed|term|terms|known as|labell?ed|branded|titled|entitled|headlined|named|nicknamed|the word|the words|' +
    'the phrase|the slogan|the hashtag|the motto|the label|coined|book|film|movie|song|album|series|show|novel|essay|poem|play|documentary|podcast|' +
    'episode|column|campaign|program|programme|operation|brand',
  determiners: 'the|a|an|its|their|his|her|our|this|that|these|those',
  otherGender: { he: 'she|her|hers|herself', she: 'he|him|his|himself' },
};

const FR: SpeechWords = {
  verbs:
    'a déclaré|a dit|a affirmé|a ajouté|a expliqué|a souligné|a indiqué|a estimé|a assuré|a précisé|a averti|a répondu|a confié|a écrit|' +
    'déclare|dit|affirme|ajoute|explique|souligne|indique|estime|assure|précise|avertit|répond|confie|écrit|déclarait|disait|expliquait|' +
    'a-t-il dit|a-t-elle dit|a-t-il déclaré|a-t-elle déclaré|a-t-il ajouté|a-t-elle ajouté|a-t-il expliqué|a-t-elle expliqué|dit-il|dit-elle|' +
    'affirme-t-il|affirme-t-elle|explique-t-il|explique-t-elle|ajoute-t-il|ajoute-t-elle|souligne-t-il|souligne-t-elle|estime-t-il|estime-t-elle',
  according: 'selon|d’après|d\'après|pour reprendre les mots de',
  pronouns: 'il|elle',
  termCues: 'soi-disant|prétendu|prétendus|appelé|appelés|appelée|surnommé|baptisé|intitulé|nommé|le mot|le terme|l’expression|le slogan|livre|film|chanson|série|émission',
  determiners: 'le|la|les|l’|l\'|un|une',
};

const DE: SpeechWords = {
  verbs:
    'sagte|sagt|sagten|sagen|erklärte|erklärt|betonte|betont|fügte hinzu|ergänzte|ergänzt|meinte|meint|warnte|warnt|erklärten|' +
    'schrieb|schreibt|berichtete|berichtet|antwortete|antwortet|kritisierte|kritisiert|forderte|fordert|so der|so die',
  according: 'laut|nach Angaben von|zufolge',
  pronouns: 'er|sie',
  termCues: 'sogenannte|sogenannten|sogenannter|sogenanntes|so genannte|so genannten|genannt|genannte|genannten|betitelt|Titel|Buch|Film|Lied|Serie|Begriff|Wort|Motto',
  determiners: 'der|die|das|ein|eine',
};

const ES: SpeechWords = {
  verbs: 'dijo|afirmó|declaró|añadió|agregó|explicó|señaló|aseguró|indicó|sostuvo|advirtió|respondió|escribió|dice|afirma|declara|añade|explica|señala|asegura|indica|sostiene|advierte|responde',
  according: 'según|de acuerdo con',
  pronouns: 'él|ella',
  otherGender: { él: 'ella', ella: 'él' },
  termCues: 'llamado|llamada|llamados|denominado|denominada|conocido como|conocida como|titulado|titulada|apodado|el término|la palabra|libro|película|canción|serie',
  determiners: 'el|la|los|las|un|una',
};

const IT: SpeechWords = {
  verbs: 'ha detto|ha dichiarato|ha affermato|ha aggiunto|ha spiegato|ha sottolineato|ha scritto|dice|afferma|dichiara|aggiunge|spiega|sottolinea|scrive|disse|dichiarò|affermò|aggiunse|spiegò',
  according: 'secondo|stando a',
  pronouns: 'lui|lei|egli|ella',
  termCues: 'cosiddetto|cosiddetta|cosiddetti|cosiddette|chiamato|chiamata|detto|detta|intitolato|soprannominato|il termine|la parola|libro|film|canzone|serie',
  determiners: 'il|lo|la|i|gli|le|un|una',
};

const PT: SpeechWords = {
  verbs: 'disse|afirmou|declarou|acrescentou|explicou|destacou|garantiu|ressaltou|escreveu|respondeu|diz|afirma|declara|acrescenta|explica|destaca|garante|escreve|responde',
  according: 'segundo|de acordo com|conforme',
  pronouns: 'ele|ela',
  otherGender: { ele: 'ela', ela: 'ele' },
  termCues: 'chamado|chamada|chamados|denominado|denominada|conhecido como|conhecida como|intitulado|apelidado|o termo|a palavra|livro|filme|canção|série',
  determiners: 'o|a|os|as|um|uma',
};

const NL: SpeechWords = {
  verbs: 'zei|zegt|zeiden|verklaarde|verklaart|voegde toe|voegt toe|benadrukte|benadrukt|schreef|schrijft|aldus|stelde|stelt|waarschuwde|antwoordde',
  according: 'volgens|aldus',
  pronouns: 'hij|zij|ze',
  termCues: 'zogenaamde|zogenoemde|genaamd|getiteld|de term|het woord|boek|film|lied|serie',
  determiners: 'de|het|een',
};

const RU: SpeechWords = {
  verbs: 'сказал|сказала|сказали|заявил|заявила|заявили|отметил|отметила|добавил|добавила|подчеркнул|подчеркнула|сообщил|сообщила|пояснил|пояснила|написал|написала|говорит|заявляет|отмечает',
  according: 'по словам|как сообщил|как заявил|согласно',
  pronouns: 'он|она',
  termCues: 'так называемый|так называемые|так называемых|так называемая|называемый|под названием|книга|фильм|песня|сериал|термин|слово',
  determiners: '',
};

const ZH: SpeechWords = {
  verbs: '说|表示|称|指出|强调|透露|告诉|回应|坦言|认为|宣布|声称|说道|写道|補充|补充|表明|說|稱|強調|認為|告訴',
  according: '据|根据|據|根據',
  pronouns: '他|她',
  termCues: '所谓|所謂|称为|稱為|被称为|被稱為|叫做|名为|名為|即',
  determiners: '',
};

const JA: SpeechWords = {
  verbs: '述べた|語った|話した|説明した|強調した|明らかにした|指摘した|言った|述べている|語っている|話している|答えた|発表した|書いた|述べ|語り|話し',
  according: 'によると|によれば',
  pronouns: '彼|彼女',
  termCues: 'いわゆる|と呼ばれる|という',
  determiners: '',
};

const WORDS: Record<string, SpeechWords> = { en: EN, fr: FR, de: DE, es: ES, it: IT, pt: PT, nl: NL, ru: RU, uk: RU, zh: ZH, ja: JA };

/** The speech words of a language (by its primary subtag), or null when the engine knows none. */
export function speechWordsFor(primaryLang: string): SpeechWords | null {
  return WORDS[primaryLang] ?? null;
}

/** Languages whose speakers the engine attributes. */
export const ATTRIBUTION_LANGUAGES = Object.keys(WORDS);

// The subject of a Chinese or Japanese attribution, cut to the speaker: "王明对记者说" is 王明 (the listener
// is not the speaker), "山田太郎氏は" is 山田太郎; descriptions that name no one ("有网友", "一位官员",
// "王明的父亲", "专家") give no speaker.

/** Relatives and associates: "X的父亲" is not X. */
const RELATIVE = /^(?:父亲|母亲|妈妈|爸爸|妻子|丈夫|儿子|女儿|哥哥|姐姐|弟弟|妹妹|家人|亲属|朋友|同事|律师|邻居|老师|同学|助手|团队|父|母|妻|夫|息子|娘|家族|友人|同僚|弁護士)$/u;
/** Where the listener starts: "对/向/跟/告诉 + listener" after a name of two characters or more. */
const LISTENER = /^(.{2,}?)(?:对|向|跟|告诉|接受)/u;
/** Indefinite or collective openings: someone unnamed. */
const UNNAMED = /^(?:有|一位|一名|一个|一些|多位|多名|部分|某|不少|许多|很多|有关|相关|不愿|据悉|匿名|ある|一部の|複数の)/u;
/** Pronouns and demonstratives at the head of a subject. */
const POINTING = /^(?:他|她|它|其|该|該|这|這|那|此|彼|この|その|あの|同)/u;
/** A description that ends in a generic noun has no name at its end ("外交部发言人", "业内人士"). */
const GENERIC_END = /(?:人士|专家|网友|网民|官员|记者|学者|民众|市民|居民|村民|人员|负责人|发言人|分析师|群众|代表|委员|家长|学生|员工|官方|当局|関係者|専門家|担当者|幹部|市民|住民)$/u;

/** The speaker's name in a CJK subject phrase, or null when it names no one; particles and honorifics dropped. */
export function cjkSpeaker(phrase: string): string | null {
  let s = phrase.replace(/\s+/g, '').replace(/^[，,、。：:]+|[，,、。：:]+$/gu, '');
  // Japanese topic and subject particles first, then honorifics: "山田太郎氏は" → 山田太郎.
  s = s.replace(/(?:は|が|も)$/u, '').replace(/(?:氏|さん|先生|女士|教授|社長)$/u, '');
  const listener = LISTENER.exec(s);
  if (listener) s = listener[1]!;
  if (s.length < 2 || s.length > 16 || /[，。、「」“”]/u.test(s)) return null;
  if (UNNAMED.test(s)) return null;
  // A pronoun or a demonstrative leads a description, never a name ("他在接受采访时", "该负责人", "この担当者").
  if (POINTING.test(s)) return null;
  // "在墨尔本留学的马素湘": a description, then the name; "王明的父亲": a relation of the one named, not them.
  const of = Math.max(s.lastIndexOf('的'), s.lastIndexOf('の'));
  if (of >= 0) s = s.slice(of + 1).replace(/(?:氏|さん|社長|教授)$/u, '');
  if (s.length < 2 || RELATIVE.test(s) || GENERIC_END.test(s)) return null;
  return s;
}

import { describe, expect, it } from 'vitest';
import { cjkSpeaker } from './cjk-subject.ts';
import { extractQuotations } from './quotations.ts';

const speakerOf = (sentence: string, lang: string) =>
  extractQuotations(sentence, [0], ['paragraph'], lang)
    .filter((q) => q.speech)
    .map((q) => q.speaker?.name ?? null);

describe('the speaker in a Chinese or Japanese subject', () => {
  it('cuts the listener, particles and honorifics, and a description before the name', () => {
    expect(cjkSpeaker('王明对记者')).toBe('王明');
    expect(cjkSpeaker('陈小红向本报')).toBe('陈小红');
    expect(cjkSpeaker('在德国留学的赵一鸣')).toBe('赵一鸣');
    expect(cjkSpeaker('山田太郎氏は')).toBe('山田太郎');
    expect(cjkSpeaker('全国人大代表刘建国')).toBe('全国人大代表刘建国');
  });

  it('names no one for the unnamed, the generic and the relatives of someone named', () => {
    expect(cjkSpeaker('有网友')).toBeNull();
    expect(cjkSpeaker('一位不愿透露姓名的官员')).toBeNull();
    expect(cjkSpeaker('王明的父亲')).toBeNull();
    expect(cjkSpeaker('外交部发言人')).toBeNull();
    expect(cjkSpeaker('専門家')).toBeNull();
    expect(cjkSpeaker('业内人士')).toBeNull();
  });

  it('names no one for a subject a pronoun or a demonstrative leads (zh, ja)', () => {
    expect(cjkSpeaker('他在接受采访时')).toBeNull();
    expect(cjkSpeaker('该负责人')).toBeNull();
    expect(cjkSpeaker('这位老人')).toBeNull();
    expect(cjkSpeaker('その担当者は')).toBeNull();
    expect(cjkSpeaker('同氏は')).toBeNull();
    expect(speakerOf('这位老人对记者说：“我们一定会坚持下去，直到成功为止。”', 'zh')).toEqual([null]);
    expect(cjkSpeaker('李博灏')).toBe('李博灏');
  });

  it('reads whole sentences in both languages', () => {
    expect(speakerOf('王明对记者说：“我们一定会坚持下去，直到成功为止。”', 'zh')).toEqual(['王明']);
    expect(speakerOf('一位不愿透露姓名的官员说：“这件事情还在调查之中。”', 'zh')).toEqual([null]);
    expect(speakerOf('山田太郎氏は「我々は最後まで戦い続ける」と述べた。', 'ja')).toEqual(['山田太郎']);
  });
});

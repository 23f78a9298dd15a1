import { describe, expect, it } from 'vitest';
import { found } from './helpers';

describe('attached clitics', () => {
  it.each([
    ['و', 'وبيلاروسيا', 'BY'],
    ['ف', 'فسورية', 'SY'],
    ['ب', 'بروسيا', 'RU'],
    ['ل', 'لسورية', 'SY'],
    ['ك', 'كروسيا', 'RU'],
    ['وب', 'وبروسيا', 'RU'],
    ['ول', 'ولسورية', 'SY'],
    ['فب', 'فبإيران', 'IR'],
    ['وال', 'والأمم المتحدة', 'un'],
    ['بال', 'بالأمم المتحدة', 'un'],
    ['لل (ال loses its alef)', 'للأمم المتحدة', 'un'],
    ['فال', 'فالصين', 'CN'],
    ['كال', 'كالصين', 'CN'],
    ['ولل', 'وللأمم المتحدة', 'un'],
    ['لل before an adjective', 'للروس', 'RU(adj)'],
  ])('%s', (_clitic, word, id) => {
    const text = `وقال المسؤول ${word} اليوم`;
    const [entity, adjective] = id.split('(');
    expect(found(text)).toEqual([`${entity}:${word}${adjective ? '(adj)' : ''}`]);
  });

  it('does not mistake a name that begins with a clitic letter for a clitic', () => {
    expect(found('زار لبنان وليبيا وبلغاريا وكوبا وفلسطين')).toEqual([
      'LB:لبنان',
      'LY:وليبيا',
      'BG:وبلغاريا',
      'CU:وكوبا',
      'PS:وفلسطين',
    ]);
  });

  it('never matches a name inside another word', () => {
    expect(found('الروسياني وسورياتنا المصرفية')).toEqual([]);
    expect(found('Russiagate and Syrianna')).toEqual([]);
  });
});

// Names after Chinese and Japanese byline labels in the page's text.
import { describe, expect, it } from 'vitest';
import { namesAfterCjkLabel } from '../../../src/core/metadata/cjk-byline';
import { extractMetadata } from '../../../src/core/metadata/index';
import { NOW, page } from './dom';

const names = (body: string): string[] => namesAfterCjkLabel(page('', body));

describe('namesAfterCjkLabel', () => {
  it('reads the name after "作者："', () => {
    expect(names('<p>正文</p><div>作者：张小明 来源：新华网</div>')).toEqual(['张小明']);
  });
  it('reads a label in the middle of an element, after other markup', () => {
    expect(names('<span class="p-jc"><span><a href="#">【纠错】</a></span> 责任编辑： 焦鹏 </span>')).toEqual(['焦鹏']);
  });
  it('prefers the writer to the editor in charge', () => {
    expect(names('<div>责任编辑：焦鹏</div><div>记者：李四</div>')).toEqual(['李四']);
  });
  it('reads "文●" before a Japanese name', () => {
    expect(names('<p class="author"><a>文● オカモト／ASCII編集部</a></p>')).toEqual(['オカモト']);
  });
  it('does not read "文" ending another word ("中文：")', () => {
    expect(names('<p>中文：简体</p>')).toEqual([]);
  });
  it('skips script text', () => {
    expect(names('<script>var s = "作者：张小明";</script>')).toEqual([]);
  });
});

describe('labelled bylines through extractMetadata', () => {
  const url = 'http://www.xinhua.example/local/c_1.htm';
  const body = '<h1>武汉的声音</h1><p>正文正文。</p><span>【纠错】 责任编辑： 焦鹏 </span>';
  it('credits the labelled name on a Chinese page with no other author', () => {
    const m = extractMetadata(page('', body, url, 'lang="zh-CN"'), url, NOW);
    expect(m).toMatchObject({ author: '焦鹏', sources: { author: 'labelled byline' } });
  });
  it('does not look for them on pages in other languages', () => {
    expect(extractMetadata(page('', body, url, 'lang="en"'), url, NOW).author).toBeNull();
  });
});

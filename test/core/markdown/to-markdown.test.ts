import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../src/core/markdown/to-markdown';
import { fragment } from '../dom';

const md = (html: string) => toMarkdown(fragment(html));

describe('toMarkdown rules', () => {
  it.each([
    ['ATX headings', '<h2>Title</h2><p>x</p>', '## Title\n\nx'],
    ['a <br> in a heading becomes a space (an ATX heading is one line)', '<h2>Designed to <br>be redesigned</h2><p>x</p>', '## Designed to be redesigned\n\nx'],
    ['a heading holding blocks stays one line', '<h3><div>On Tech</div><div>Games</div></h3>', '### On Tech Games'],
    ['dash bullets with one space', '<ul><li>a</li><li>b</li></ul>', '- a\n- b'],
    ['ordered lists honour start', '<ol start="3"><li>a</li><li>b</li></ol>', '3. a\n4. b'],
    ['star emphasis', '<p><em>a</em> and <strong>b</strong></p>', '*a* and **b**'],
    ['emphasis keeps spaces outside its markers', '<p>a<em> b </em>c</p>', 'a *b* c'],
    ['emphasis around a block drops its markers', '<em><pre>x\n</pre></em>', '```\nx\n```'],
    // readability's videos-1: "<em>Call Me</em> <em>b</em><em>y Your Name</em>".
    ['adjacent emphasis runs are one', '<p><em>Call Me</em> <em>b</em><em>y Your Name</em></p>', '*Call Me* *by Your Name*'],
    ['adjacent strong runs are one', '<p><strong>Bold </strong><b>text</b> after</p>', '**Bold text** after'],
    ['an empty run beside emphasis joins nothing', '<p><em> </em><em>x</em></p>', '*x*'],
    ['a run over two lines beside emphasis joins nothing', '<p><em>a<br>b</em><em>c</em></p>', 'a\\\nb*c*'],
    // Found by the random-tree property: the span's edge no-break space went in front of the fence.
    ['an inline element around a block is unwrapped', '<span><pre>\u00a0!</pre></span>', '```\n\u00a0!\n```'],
    ['no space glued before a heading in an inline element', '<p>a</p><span>\u00a0<h2>T</h2></span>', 'a\n\n## T'],
    ['no space glued before a list in bold', '<p>a</p><b>\u00a0<ul><li>b</li></ul></b>', 'a\n\n- b'],
    ['a hard break ending a list item leaves no blank-looking line', '<p>a</p><ul><li><p>word</p><br></li></ul><p>b</p>', 'a\n\n- word\n\nb'],
    ['an orphan list item starts its own block', '<p>word</p>text<li>item</li>', 'word\n\ntext\n\n- item'],
    ['strikethrough', '<p><del>old</del> new</p>', '~old~ new'],
    ['figure: image and caption line', '<figure><img src="https://x.test/a.jpg" alt="A"><figcaption>Cap *x*</figcaption></figure>', '![A](https://x.test/a.jpg)\n\n*Cap \\*x\\**'],
    ['figure: a caption paragraph and its credit stay two words apart', '<figure><img src="https://x.test/a.jpg" alt="A"><figcaption><span><p>In Latin America.</p></span><span>\n  Twitter\n</span></figcaption></figure>', '![A](https://x.test/a.jpg)\n\n*In Latin America. Twitter*'],
    ['data: images dropped', '<p>a<img src="data:image/gif;base64,R0l"></p>', 'a'],
    ['link wrapping blocks is flattened', '<a href="https://x.test/s"><div><h3>Head</h3><p>Teaser</p></div></a>', '[Head Teaser](https://x.test/s)'],
    ['empty links dropped', '<p>a <a href="https://x.test"></a>b</p>', 'a b'],
    ['javascript links become text', '<p><a href="javascript:alert(1)">go</a></p>', 'go'],
    ['parentheses in URLs encoded', '<p><a href="https://x.test/a_(b)">w</a></p>', '[w](https://x.test/a_%28b%29)'],
    ['YouTube iframe as link', '<iframe src="https://www.youtube.com/embed/abc123" title="Clip"></iframe>', '[Video (YouTube): Clip](https://www.youtube.com/watch?v=abc123)'],
    ['video element as link', '<video src="https://x.test/v.mp4"></video>', '[Video](https://x.test/v.mp4)'],
    ['fenced code with language', '<pre><code class="language-js">let a = 1;</code></pre>', '```js\nlet a = 1;\n```'],
    ['fenced code without its leading blank lines, indentation kept', '<pre>\n\n  \n    indented();\n</pre>', '```\n    indented();\n```'],
    ['fence longer than backticks inside', '<pre>a ``` b</pre>', '````\na ``` b\n````'],
    ['data table as GFM', '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2|3</td></tr></table>', '| A | B |\n| --- | --- |\n| 1 | 2\\|3 |'],
    ['thead and tbody stay one table', '<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></tbody></table>', '| A | B |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |'],
    ['a <br> in a table cell becomes a space, not a stray backslash', '<table><tr><th>A</th><th>B</th></tr><tr><td>one<br>two</td><td><img src="https://x.test/a.png"><br><img src="https://x.test/b.png"><br></td></tr></table>', '| A | B |\n| --- | --- |\n| one two | ![](https://x.test/a.png) ![](https://x.test/b.png) |'],
    ['a backslash written before a <br> in a cell stays', '<table><tr><th>Path</th><th>B</th></tr><tr><td>C:\\<br>D:\\</td><td>x</td></tr></table>', '| Path | B |\n| --- | --- |\n| C:\\\\ D:\\\\ | x |'],
    ['a backslash written before a <br> in a heading stays', '<h2>C:\\<br>drive</h2><p>x</p>', '## C:\\\\ drive\n\nx'],
    ['header-less table still converted', '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', '| a | b |\n| --- | --- |\n| c | |'],
    ['layout table unwrapped', '<table><tr><td><p>Para one.</p><p>Para two.</p></td></tr></table>', 'Para one.\n\nPara two.'],
    ['scripts and forms removed', '<p>a</p><script>evil()</script><form><input value="x"></form><p>b</p>', 'a\n\nb'],
    ['raw HTML in text escaped', '<p>Use &lt;div&gt; tags</p>', 'Use \\<div> tags'],
    ['hard breaks without trailing spaces', '<p>a<br>b</p>', 'a\\\nb'],
    ['no hard break at the end of a block', '<p>a<br></p><p>b<br></p>', 'a\n\nb'],
    ['tweet as quote with link', '<blockquote class="twitter-tweet"><p>Hello world</p>— Someone <a href="https://twitter.com/x/status/1">Feb 1</a></blockquote>', '> Hello world\n>\n> [View the post](https://twitter.com/x/status/1)'],
  ])('%s', (_name, html, expected) => {
    expect(md(html)).toBe(expected);
  });

  it('never leaves more than one blank line or trailing spaces', () => {
    const out = md('<p>a  </p><div></div><p>&nbsp;</p><br><br><p>b</p>');
    expect(out).not.toMatch(/\n{3,}/);
    expect(out).not.toMatch(/[ \t]+$/m);
  });
});

describe('Hugo shortcodes are neutralised', () => {
  it.each([
    ['<p>{{< youtube x >}}</p>', '{{\\< youtube x >}}'],
    ['<p>{{% note %}}</p>', '{{\\% note %}}'],
    ['<p><code>{{< x >}}</code></p>', '`{\u200b{< x >}\u200b}`'],
  ])('%s', (html, expected) => {
    expect(md(html)).toBe(expected);
  });

  it('inside fenced code too', () => {
    expect(md('<pre>{{< x >}}</pre>')).toBe('```\n{\u200b{< x >}\u200b}\n```');
  });
});

// Article text the cleanup used to take for furniture, found where plain Readability kept
// more than we did (readability test pages mercurial, firefox-nightly-blog, bug-1255978).
import { describe, expect, it } from 'vitest';
import { junkReason } from '../../../src/core/cleanup/junk-attributes';
import { removeJunkElements } from '../../../src/core/cleanup/remove-junk-elements';
import { removeLinkLists } from '../../../src/core/cleanup/remove-link-lists';
import { removeLeadingLinkLines } from '../../../src/core/cleanup/remove-trailing-fragments';
import { flatText } from '../../../src/core/cleanup/text';
import { fragment } from '../dom';

const PARA = '<p>This is a long sentence of real article text that keeps going for a while and says a thing. '.repeat(3) + '</p>';

describe('junk words in a section id made from its heading', () => {
  it('keeps a Sphinx section whose heading slug holds a junk word ("sharing")', () => {
    const root = fragment(`${PARA}${PARA}<div class="section" id="sharing-with-a-single-developer">
      <h2>Sharing with a single developer</h2><p>The key to shared mutable history is to keep your changesets in draft phase.</p></div>${PARA}`);
    removeJunkElements(root);
    expect(flatText(root)).toContain('The key to shared mutable history');
  });

  it('still reads an id that is not the heading slug', () => {
    const el = fragment('<div id="sharing-tools"><h2>Sharing with a single developer</h2></div>').firstElementChild as Element;
    expect(junkReason(el)).toBe('class sharing');
  });
});

describe('a junk class on the label of a heading', () => {
  it('keeps the "toc-backref" link that is the whole title of a Sphinx heading', () => {
    const root = fragment(`${PARA}<h2><a class="toc-backref" href="#id5">Setting up</a><a class="headerlink" href="#setting-up">¶</a></h2>${PARA}`);
    removeJunkElements(root);
    expect(root.querySelector('h2')?.textContent).toContain('Setting up');
  });

  it('still removes a share link beside the heading text', () => {
    const root = fragment(`${PARA}<h2>Budget vote <a class="share" href="#">Share</a></h2>${PARA}`);
    removeJunkElements(root);
    expect(root.querySelector('h2')?.textContent).not.toContain('Share');
  });
});

describe('a widget holding a picture', () => {
  const widget = (cls: string) =>
    `<div class="${cls}"><div class="image"><img src="https://news.example.com/a.jpg" alt="a.jpg"></div><div class="caption">Put luggage on the floor</div></div>`;

  it('keeps an editor picture widget and its caption', () => {
    expect(junkReason(fragment(widget('dnd-widget-wrapper type-image')).firstElementChild as Element)).toBeNull();
  });

  it('still removes a widget that says nothing of pictures', () => {
    expect(junkReason(fragment(widget('sidebar-widget')).firstElementChild as Element)).not.toBeNull();
  });
});

const BUGS = Array.from({ length: 5 }, (_, i) => `<li><a href="https://bugzilla.example.org/${i}">Bug 16770${i} – Fullscreen window is affected by switching video source</a></li>`).join('');

describe('lists written as text', () => {
  it('keeps a list of links nested in a list with prose items', () => {
    const root = fragment(`${PARA}<ul><li>We have got the green light for another round of students hacking on the player next semester!</li>
      <li>In progress:<ul>${BUGS}</ul></li></ul>${PARA}`);
    removeLinkLists(root, 'https://blog.example.org/post');
    expect(flatText(root)).toContain('Bug 167704');
  });

  it('still removes a list of links alone', () => {
    const root = fragment(`${PARA}<ul>${BUGS}</ul>${PARA}`);
    removeLinkLists(root, 'https://blog.example.org/post');
    expect(flatText(root)).not.toContain('Bug 167704');
  });

  it('keeps linked items at the top of such a list', () => {
    const root = fragment(`<h3>Highlights</h3><ul><li><a href="https://blog.example.org/review">Here is our Year in Review!</a></li>
      <li>We have just landed <a href="https://bugzilla.example.org/1">Bug 1553982</a>, which aims to prevent starting an update while another instance runs.</li></ul>${PARA}`);
    removeLeadingLinkLines(root);
    expect(flatText(root)).toContain('Here is our Year in Review!');
  });

  it('still removes breadcrumb links above the story', () => {
    const root = fragment(`<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>${PARA}${PARA}`);
    removeLeadingLinkLines(root);
    expect(flatText(root)).not.toContain('Home');
  });
});

// readability's links-in-tables: a table of apps and sizes, each name a link in its own <p>.
describe('a link alone in a table cell', () => {
  const row = (name: string, id: string) =>
    `<tr><td><div dir="ltr"><p><a href="https://play.example.com/store/apps/details?id=${id}"><span>${name}</span></a></p></div></td><td><p><span>32.7 MB</span></p></td></tr>`;

  it('keeps the row names', () => {
    const root = fragment(`${PARA}<table><tbody>${row('Google Maps', 'maps')}${row('Gmail', 'gm')}</tbody></table>${PARA}`);
    removeLinkLists(root, 'https://play.example.com/blog/post');
    expect(flatText(root)).toContain('Google Maps');
    expect(flatText(root)).toContain('Gmail');
  });

  it('still removes lone links in a layout table: one cell a row, or a cell holding more', () => {
    const link = (t: string) => `<p><a href="https://play.example.com/news/${t.length}">${t}</a></p>`;
    const root = fragment(`${PARA}<table><tr><td>${link('Megson reveals frustration')}</td></tr><tr><td>${link('Wanderers close in')}</td></tr></table>
      <table><tr><td>${PARA}</td><td><h3>Blogs</h3>${link('Ban the Bulb')}${link('More on Certifications')}</td></tr></table>`);
    removeLinkLists(root, 'https://play.example.com/blog/post');
    for (const t of ['Megson', 'Wanderers', 'Ban the Bulb', 'Certifications']) expect(flatText(root)).not.toContain(t);
  });

  it('still removes a lone link line between paragraphs', () => {
    const root = fragment(`${PARA}<p><a href="https://play.example.com/store/apps/details?id=maps">Google Maps</a></p>${PARA}`);
    removeLinkLists(root, 'https://play.example.com/blog/post');
    expect(flatText(root)).not.toContain('Google Maps');
  });
});

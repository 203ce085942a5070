import { describe, expect, it } from 'vitest';
import { removeSignupForms } from '../../src/core/prepare/signup-forms';
import { extractArticle } from '../../src/core/extract';
import type { Metadata } from '../../src/core/types';
import { makeDocument } from './dom';

const CONSENT = 'Ich willige darin ein, dass der Verband mir regelmäßig per E-Mail aktuelle Informationen im Bereich seiner Tätigkeiten zukommen lässt, und ich bin mit der Verarbeitung meiner Daten nach der Datenschutzerklärung einverstanden, die ich jederzeit für die Zukunft widerrufen kann.';
const signup = (field = '<input type="email" name="newsletterEmail">') =>
  `<div class="wrap-form"><p>Immer auf dem Laufenden bleiben</p><form>${field}<label>${CONSENT}</label><label>${CONSENT}</label><button>Senden</button></form></div>`;
const meta: Metadata = {
  title: 'The Headline', published: null, modified: null, author: null, authors: [], siteName: null, siteShortName: null,
  section: null, keywords: [], lang: null, canonicalUrl: null, description: null, image: null, sources: {},
};

describe('removeSignupForms', () => {
  it('removes a small form with an e-mail field, by type or by name', () => {
    const doc = makeDocument(`<html><body>${signup()}${signup('<input type="text" name="user_mail">')}</body></html>`);
    expect(removeSignupForms(doc)).toBe(2);
    expect(doc.body.textContent).not.toContain('Ich willige');
  });

  it('keeps a form without an e-mail field, and a form around the whole page', () => {
    const search = '<form><input type="search" name="q"><p>Search the archive of all the stories we ever published here.</p></form>';
    const page = `<form id="aspnetForm"><h1>The Headline</h1><p>${CONSENT}</p><input type="email" name="newsletter"></form>`;
    const doc = makeDocument(`<html><body>${search}${page}</body></html>`);
    expect(removeSignupForms(doc)).toBe(0);
  });

  it('keeps Readability from taking a sign-up form for a short story', () => {
    const story = '<article><h1>The Headline</h1><section class="post-main"><p>Die bundesweite Vorbereitungstagung der Interkulturellen Woche findet am 11. und 12. Februar im Online-Format statt; das Projekt wird daran teilnehmen. Geplant sind Workshops zur Interkulturalität in der Öffentlichkeitsarbeit.</p></section></article>';
    const out = extractArticle(makeDocument(`<html><body>${story}<footer class="post-footer">${signup()}</footer></body></html>`), 'https://news.example.com/a', meta);
    expect(out.text).toContain('Vorbereitungstagung');
    expect(out.text).not.toContain('Ich willige');
  });
});

import { describe, expect, it } from 'vitest';
import { boilerplatePhrase } from '../../../src/core/cleanup/boilerplate-phrases';

describe('boilerplatePhrase: added phrases', () => {
  it.each([
    ['Follow The Gleaner on Twitter and Instagram @JamaicaGleaner', 'follow'],
    ['¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular', 'ya sabías'],
    ['Lea más: El Gobierno propone una reforma', 'lea más'],
    ['Quelle: dpa', 'quelle:'],
    ['Über den Autor', 'über den autor'],
    ['War der Artikel nützlich?', 'war der artikel nützlich'],
    ['*Werbung. Dieser Beitrag enthält Werbung für eine Marke.', 'enthält werbung'],
    ['Für Links auf dieser Seite erhält CHIP ggf. eine Provision vom Händler', 'für links auf dieser seite erhält'],
    ['We recommend the best products through an independent review process, and advertisers do not influence our picks. We may receive compensation if you visit partners we recommend. Read our advertiser disclosure for more info.', 'we may receive compensation'],
  ])('%j is boilerplate (%s)', (text, phrase) => {
    expect(boilerplatePhrase(text)).toBe(phrase);
  });

  it.each([
    ['Follow-up talks are planned for next week in Geneva.'],
    ['The company said its Twitter account was hacked on Monday.'],
    ['Quellen im Ministerium bestätigten den Bericht am Abend.'],
  ])('%j is article text', (text) => {
    expect(boilerplatePhrase(text)).toBeNull();
  });
});

describe('boilerplatePhrase: page tools and comment prompts', () => {
  it.each([
    ['Story continues below', 'story continues below'],
    ['Text Size', 'text size'],
    ['Have your say on this article', 'have your say'],
    ['Source: The Sun-Herald', 'source:'],
    // Calls to write a comment that close a post.
    ['Verraten Sie gerne in den Kommentaren: Was bedeutet ein „Best of Houzz“-Award für Sie?', 'in den kommentaren:'],
    ['Which one would you pick? Let us know in the comments!', 'let us know in the comments'],
  ])('%j is boilerplate (%s)', (text, phrase) => {
    expect(boilerplatePhrase(text)).toBe(phrase);
  });

  it('keeps an interviewer\'s question that asks the reader nothing', () => {
    expect(boilerplatePhrase('Verraten Sie uns, wie Sie auf die Idee für den Award gekommen sind?')).toBeNull();
  });

  it('keeps a sentence that starts like a tool label', () => {
    expect(boilerplatePhrase('Printer friendly versions of the report were handed out to every member of the committee on Monday.')).toBeNull();
  });
});

describe('boilerplatePhrase: labels with decoration, follow calls with a contact line', () => {
  it.each([
    ['- Anzeige-', 'anzeige'],
    ['• Read more', 'read more'],
    ['Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica. Send us a message on WhatsApp at 1-876-499-0169 or email us at onlinefeedback@gleanerjm.com or editors@gleanerjm.com', 'follow'],
    ['Den Artikel mit anderen teilen/diskutieren:', 'den artikel mit anderen teilen'],
    ['Das Thema könnte dich auch interessieren:', 'könnte dich auch interessieren'],
    ['Dieses Skript als PDF herunterladen', 'als pdf herunterladen'],
    ['Weitere Informationen', 'weitere informationen'],
    ['Submit your letter to the editor via this form', 'submit your letter'],
    ['HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS', 'hazte miembro'],
    ['GIS NOW Grenada is not responsible for the opinions, statements or media content presented by contributors.', 'is not responsible for the opinions'],
  ])('%j is boilerplate (%s)', (text, phrase) => {
    expect(boilerplatePhrase(text)).toBe(phrase);
  });

  it.each([
    ['Followers of the band gathered outside the hall. Police said on Twitter that the crowd stayed calm all night.'],
    ['- 250 g Mehl'],
    ['Kontaktbeschränkungen gelten bis Ende des Monats.'],
    // Press releases end with their contacts: the release's own text (L3S labels it so).
    ['CONTACT: Marcy Polanco, +1-212-975-3327'],
  ])('%j is article text', (text) => {
    expect(boilerplatePhrase(text)).toBeNull();
  });
});

describe('boilerplatePhrase: agency notices', () => {
  it.each([
    ['(c) Indo-Asian News Service', 'copyright'],
    ['The full article contains 295 words and appears in Press Association newspaper.', 'the full article contains'],
    ['Reuters content is the intellectual property of Reuters or its third party content providers.', 'is the intellectual property of'],
  ])('%j is boilerplate (%s)', (text, phrase) => {
    expect(boilerplatePhrase(text)).toBe(phrase);
  });

  it('keeps a line that opens with a letter in brackets', () => {
    expect(boilerplatePhrase('(c)ould this be the end of the line?')).toBeNull();
  });
});

describe('boilerplatePhrase: gallery controls, notices, comment rules, long calls', () => {
  it.each([
    ['Bild anzeigen Bild schließen', 'bild anzeigen'],
    ['Click photo to enlarge', 'click photo to enlarge'],
    ['Permalien https://p.dw.com/p/RPYx', 'permalien'],
    ['Werden Sie Mitglied bei for me und erhalten Sie exklusive Angebote!', 'werden sie mitglied'],
    ['Empfehlungen aus dem MEIN SCHÖNER GARTEN-Shop', 'empfehlungen aus dem'],
    ['Submit your letter to the editor via this form. Read more Letters to the Editor.', 'submit your letter'],
    ['Disclaimer: This news article is copyrighted by Associated Press and published by PR-inside.com. If you have any questions regarding information in this article please contact ap-online.com. PR-inside can not assist or help you giving information about this News articles.', 'disclaimer:'],
    ['Haftungsausschluss: Für die Inhalte externer Links übernehmen wir keine Haftung.', 'haftungsausschluss:'],
    ['Do not post:', 'do not post:'],
  ])('%j is boilerplate (%s)', (text, phrase) => {
    expect(boilerplatePhrase(text)).toBe(phrase);
  });

  it.each([
    // Two-word phrases still yield to a long sentence.
    ['Click here for the full text of the agreement, which the two parties signed in Geneva on Monday.'],
    ['The disclaimer: nobody at the ministry had read the report before it was published last week.'],
    ['Bildanzeigen in Zeitungen sind teuer geworden.'],
    // An author's note, not a legal notice.
    ['Disclaimer: if you see different patch sizes when you press "update" manually, that is because we are not currently using File-by-file for interactive updates, only those done in the background.'],
  ])('%j is article text', (text) => {
    expect(boilerplatePhrase(text)).toBeNull();
  });

  it('leaves a notice longer than 100 words', () => {
    expect(boilerplatePhrase(`Disclaimer: ${'the company said the figures were preliminary and could change. '.repeat(12)}`)).toBeNull();
  });
});

describe('boilerplatePhrase: legal notices of up to 100 words', () => {
  it.each([
    ['The copying, republication or redistribution of AFX News Content, including by framing or similar means, is expressly prohibited without the prior written consent of AFX News Limited. AFX News shall not be liable for any errors or delays in the content, or for any actions taken in reliance thereon, and for the avoidance of doubt this applies to all of its services.'],
    ['All Content is Copyright © 2008 WorldSoccerNews.com and AFP. All rights reserved. All information on this site is provided for the personal use of our readers, and may not be copied, stored or resold for any other purpose whatsoever, whether in print or in any electronic form, without our consent.'],
    ['© 2007 Die Zeitung. Alle Rechte vorbehalten. Mit der Nutzung dieses Angebots akzeptieren Sie unsere Nutzungsbedingungen und die Hinweise zum Datenschutz, die für alle Inhalte dieser Website gelten, auch für die Bilder, Grafiken und Videos, die hier erscheinen, sowie für alle Kommentare unserer Leserinnen und Leser.'],
  ])('%j is a notice', (text) => {
    expect(boilerplatePhrase(text)).toBe('legal notice');
  });

  it('keeps a short story that ends with its copyright line', () => {
    expect(boilerplatePhrase('The council voted on Monday to close the old bridge for repairs that will take most of the summer, the mayor said. Drivers will have to use the ring road until September, and buses will stop at the station instead. © 2008 The Associated Press. All rights reserved.')).toBeNull();
  });

  it('keeps a story paragraph that names one formula', () => {
    expect(boilerplatePhrase('The label said all rights reserved by the band had been sold to a fund in 2006, and that the musicians would now have to ask the new owners before they could play the old songs on their farewell tour, which starts in Glasgow next month and ends in London in May.')).toBeNull();
  });
});

describe('boilerplatePhrase: trademark lines of a press release', () => {
  it('keeps them: they are the release', () => {
    expect(boilerplatePhrase('"PlayStation", "PLAYSTATION" and "PS" Family logo are registered trademarks of Sony Computer Entertainment Inc. Xbox, Xbox 360, and Xbox Live are either registered trademarks or trademarks of Microsoft Corporation in the United States and/or other countries.')).toBeNull();
  });
});

// Class/id/role/aria words that mark page furniture rather than article text.
// A class like "nl-signup__success" is split into words (nl, signup, success) and
// matched word by word, so "head" never matches "ad" and "shared" never matches "share".

/** Words that alone mark an element as junk. */
export const JUNK_WORDS = new Set([
  // advertising
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'adsense',
  'dfp', 'gpt', 'sponsor', 'sponsored', 'promo', 'promoted', 'commercial', 'taboola', 'outbrain', 'zergnet',
  'anzeige', 'werbung', 'publicite', 'publicidad', 'pubblicita',
  // sharing and social
  'share', 'sharing', 'sharebar', 'shares', 'social', 'sociallinks', 'addthis', 'sharethis',
  // newsletters, subscriptions, paywall prompts
  'newsletter', 'newsletters', 'signup', 'subscribe', 'subscription', 'subscriptions', 'nl',
  'paywall', 'regwall', 'piano', 'upsell', 'cta',
  // related and recirculation
  'related', 'recommended', 'recommendations', 'readmore', 'recirc', 'recirculation', 'trending',
  'popular', 'mostread', 'mostpopular', 'morestories', 'teaser', 'teasers',
  // comments
  'comment', 'comments', 'disqus', 'respond', 'replies',
  // page furniture
  'navigation', 'navbar', 'breadcrumb', 'breadcrumbs', 'byline', 'bylines', 'author', 'authors', 'bio', 'toolbar', 'pagination',
  'pager', 'skip', 'sidebar', 'widget', 'widgets', 'masthead', 'footer', 'copyright', 'rights',
  'tags', 'tag', 'taglist', 'topics', 'keywords', 'print', 'app', 'download', 'banner', 'modal', 'popup',
  'overlay', 'cookie', 'consent', 'gdpr', 'kicker', 'eyebrow', 'dateline', 'timestamp',
  // image credits (not captions: the product keeps captions)
  'credit', 'credits', 'photocredit', 'imagecredit',
  // ratings, tables of contents, author boxes
  'rating', 'ratings', 'toc', 'authorbox', 'postmeta', 'entrymeta',
]);

/**
 * Junk words that name a kind of box rather than what is in it. A "js_readmore" box holds
 * the collapsed rest of a description: it is junk only when it holds no prose. A page
 * builder's "elementor-widget elementor-widget-text-editor" holds the article's paragraphs:
 * a widget is junk unless its class also says text (CONTENT_WORDS) and it holds prose
 * (a bare "widget" with a blurb is a sidebar box).
 */
export const PROSE_BOX_WORDS = new Set(['readmore']);
export const TEXT_BOX_WORDS = new Set(['widget', 'widgets']);
/** Words that say a widget holds a picture (kept when it does, with its caption). */
export const PICTURE_WORDS = new Set(['image', 'images', 'img', 'photo', 'picture', 'figure']);

/** Multi-word markers written together in class names ("read-more", "most-popular"). */
export const JUNK_PHRASES = ['read-more', 'more-from', 'most-popular', 'most-read', 'you-may-like', 'see-also', 'also-read', 'related-', 'share-', 'social-', 'author-bio', 'about-author', 'app-promo', 'sign-up', 'news-letter'];

/**
 * A page's right-hand column or rail ("right-col", "col_right", "rightbar", "right-rail"),
 * tested on the words of one class or id joined by "-": in a left-to-right layout it is the
 * sidebar (a shop blurb, "current issue", job ads). A left column often holds the story.
 */
export const SIDE_COLUMN = /(?:^|-)(?:right-?(?:col|column|rail|bar|side|sidebar)|(?:col|column|rail)-?right)(?:-|$)/;

/** Words that protect an element: the article text itself is often marked like this. */
export const CONTENT_WORDS = new Set(['article', 'body', 'content', 'story', 'text', 'entry', 'post', 'main', 'paragraph', 'prose', 'richtext']);

/** ARIA roles of furniture. */
export const JUNK_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar']);

/** Elements that are never article text. */
export const JUNK_TAGS = ['script', 'style', 'noscript', 'template', 'form', 'button', 'input', 'select', 'textarea', 'nav', 'dialog', 'menu', 'object', 'embed', 'link', 'meta', 'svg', 'canvas'];

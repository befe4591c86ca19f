/** An article's address in the app: #/kb/articles/{slug}/{language}. */
export const articleHref = (slug: string, language: string): string => `#/kb/articles/${encodeURIComponent(slug)}/${encodeURIComponent(language)}`;

/** An article's address in the editing API: /api/kb/articles/{slug}/{language}. */
export const articleUrl = (slug: string, language: string): string => `/api/kb/articles/${encodeURIComponent(slug)}/${encodeURIComponent(language)}`;

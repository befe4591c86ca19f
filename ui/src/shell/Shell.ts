import { post } from '../api/http';
import type { Me } from '../api/types';
import { bilingualText } from '../i18n/bilingualText';
import { chooseLanguage, currentLanguage, t } from '../i18n/i18n';
import { h } from './dom';
import { pagesFor, parseRoute, type Page } from './pages';
import { presencePicker, takesWork } from './PresencePicker';

/** The app shell: a header with the pages the user may open, language and sign-out; the page below it. */
export class Shell {
  private current?: Page;
  private readonly main = h('main', { id: 'page' });

  constructor(private readonly root: HTMLElement, private readonly me: Me, private readonly pages: readonly Page[]) {}

  start(): void {
    window.addEventListener('hashchange', () => void this.show());
    void this.show();
  }

  private header(active: string): HTMLElement {
    const links = pagesFor(this.me, this.pages).map((p) =>
      h('a', { href: `#/${p.route}`, class: p.route === active ? 'active' : '', 'data-nav': p.route }, t(p.title)));
    // The other language, named in itself ("English" on a Chinese page), as language pickers do.
    const language = h('button', { class: 'link', 'data-action': 'language', lang: currentLanguage() === 'zh' ? 'en' : 'zh-CN', translate: 'no', onclick: () => {
      chooseLanguage(currentLanguage() === 'zh' ? 'en' : 'zh');
      location.reload();
    } }, t('nav.language'));
    const signOut = h('button', { class: 'link', 'data-action': 'sign-out', onclick: async () => {
      await post('/api/auth/logout');
      location.hash = '';
      location.reload();
    } }, t('nav.signOut'));
    return h('header', {}, h('strong', {}, t('app.title')), h('nav', {}, ...links), h('span', { class: 'spacer' }),
      h('span', { class: 'who' }, bilingualText(this.me.displayName, currentLanguage())), takesWork(this.me) ? presencePicker() : null, language, signOut);
  }

  private async show(): Promise<void> {
    const { route, args } = parseRoute(location.hash);
    const allowed = pagesFor(this.me, this.pages);
    const page = allowed.find((p) => p.route === route) ?? allowed[0];
    if (page && page.route !== route) {
      // Land on the address of the page shown, so that reloading or sharing it opens the same page.
      location.replace(`#/${page.route}`);
      return;
    }
    this.current?.dispose?.();
    this.current = page;
    document.documentElement.lang = currentLanguage() === 'zh' ? 'zh-CN' : 'en';
    this.root.replaceChildren(this.header(page?.route ?? ''), this.main);
    if (!page) {
      this.main.replaceChildren(h('p', {}, t('home.welcome', { name: bilingualText(this.me.displayName, currentLanguage()) })), h('p', {}, t('home.nothing')));
      return;
    }
    await page.render(this.main, this.me, page.route === route ? args : []);
  }
}

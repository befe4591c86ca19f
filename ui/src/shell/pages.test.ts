import { describe, expect, it } from 'vitest';
import { pagesFor, parseRoute, type Page } from './pages';

const page = (route: string, roles: string[]): Page => ({ route, roles, title: 'nav.designer', render: () => {} });
const all = [page('designer', ['designer']), page('inbox', ['agent', 'risk-analyst']), page('manager', ['manager'])];
const me = (roles: string[]) => ({ userName: 'u', displayName: 'U', roles, teams: [], queues: [] });

describe('pages', () => {
  it('shows each role only its pages, and admins everything', () => {
    expect(pagesFor(me(['agent']), all).map((p) => p.route)).toEqual(['inbox']);
    expect(pagesFor(me(['designer']), all).map((p) => p.route)).toEqual(['designer']);
    expect(pagesFor(me(['admin']), all)).toHaveLength(3);
  });

  it('parses routes with encoded arguments', () => {
    expect(parseRoute('#/designer/support-case/3')).toEqual({ route: 'designer', args: ['support-case', '3'] });
    expect(parseRoute('')).toEqual({ route: '', args: [] });
    expect(parseRoute('#/designer/a%20b')).toEqual({ route: 'designer', args: ['a b'] });
  });
});

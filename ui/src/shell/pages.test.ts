import { describe, expect, it } from 'vitest';
import { pagesFor, parseRoute, type Page } from './pages';

const page = (route: string, roles: string[]): Page => ({ route, roles, title: 'nav.designer', render: () => {} });
const all = [page('designer', ['designer']), page('inbox', ['agent-l1', 'agent-l2', 'risk']), page('manager', ['manager'])];

describe('pages', () => {
  it('shows each role only its pages, and admins everything', () => {
    expect(pagesFor({ userName: 'a', displayName: 'A', roles: ['agent-l1'] }, all).map((p) => p.route)).toEqual(['inbox']);
    expect(pagesFor({ userName: 'd', displayName: 'D', roles: ['designer'] }, all).map((p) => p.route)).toEqual(['designer']);
    expect(pagesFor({ userName: 'x', displayName: 'X', roles: ['admin'] }, all)).toHaveLength(3);
  });

  it('parses routes with encoded arguments', () => {
    expect(parseRoute('#/designer/support-case/3')).toEqual({ route: 'designer', args: ['support-case', '3'] });
    expect(parseRoute('')).toEqual({ route: '', args: [] });
    expect(parseRoute('#/designer/a%20b')).toEqual({ route: 'designer', args: ['a b'] });
  });
});

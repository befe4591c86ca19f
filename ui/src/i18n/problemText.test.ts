import { describe, expect, it } from 'vitest';
import { problemText } from './i18n';

describe('problemText', () => {
  it("says a coded problem in the user's language with its values", () => {
    expect(problemText('case.channel.unknown', { channel: 'pigeon', channels: 'phone, chat' }, 'fallback', 'zh')).toBe('“pigeon”不是有效渠道，请使用：phone, chat。');
    expect(problemText('case.subject.too-long', { length: 201, max: 200 }, 'fallback', 'zh')).toBe('主题有 201 个字符，最多 200 个。');
  });

  it('names the kind of thing that was not found in words, the generic sentence for a kind without them', () => {
    expect(problemText('not-found', { what: 'Case 42', kind: 'case', id: '42' }, 'Case 42 was not found.', 'zh')).toBe('未找到工单 42。');
    expect(problemText('not-found', { what: "Draft of 'x'", kind: 'draft' }, '', 'zh')).toBe("未找到 Draft of 'x'。");
  });

  it("says the people API's problems with their values", () => {
    expect(problemText('password.too-short', { minimum: 10 }, 'fallback', 'zh')).toBe('密码至少需要 10 个字符。');
    expect(problemText('userName.taken', { value: 'li.wei' }, 'fallback', 'en')).toBe('There is already a user li.wei.');
    expect(problemText('signin.locked-out', { until: '2 Dec 2026, 18:15' }, 'fallback', 'zh')).toBe('登录失败次数过多，账号已锁定至 2 Dec 2026, 18:15。请届时再试，或请管理员重置密码。');
    expect(problemText('not-found', { what: 'User 7', kind: 'user', id: '7' }, 'User 7 was not found.', 'zh')).toBe('未找到用户 7。');
  });

  it("says the routing, shift and roster problems in both languages, every code the server sends", () => {
    const codes = ['routing.mode.unknown', 'routing.capacity.range', 'routing.offer-timeout.range', 'shift.name.required', 'shift.name.taken',
      'shift.time.invalid', 'shift.empty', 'shift.time-zone.unknown', 'shift.rostered', 'roster.date.invalid', 'roster.range.invalid',
      'roster.user.not-member', 'roster.shift.unknown', 'roster.overlap'];
    for (const code of codes) for (const language of ['en', 'zh'] as const) expect(problemText(code, {}, 'fallback', language)).not.toBe('fallback');
    expect(problemText('roster.overlap', { userName: 'li.wei', team: 'agent-l1', date: '2026-03-02' }, 'fallback', 'zh')).toBe('li.wei 在 2026-03-02 的两个班次时间重叠。');
    expect(problemText('routing.capacity.range', { value: 101, max: 100 }, 'fallback', 'en')).toBe('Enter a whole number from 0 to 100.');
  });

  it('says the SLA policy, business hours and holiday calendar problems in both languages, every code the server sends', () => {
    const codes = ['sla.priority.unknown', 'sla.segment.unknown', 'sla.channel.unknown', 'sla.minutes.invalid', 'sla.resolution.shorter',
      'sla.warn-at.invalid', 'sla.policy.fallback', 'sla.policy.duplicate', 'hours.time-zone.unknown', 'hours.days.required', 'hours.day.twice',
      'hours.time.invalid', 'hours.close.before-open', 'calendar.year.invalid', 'calendar.year.mismatch', 'calendar.days.required',
      'calendar.date.invalid', 'calendar.date.other-year', 'calendar.date.twice', 'calendar.kind.unknown', 'calendar.workday.weekday',
      'calendar.name.required'];
    for (const code of codes) for (const language of ['en', 'zh'] as const) expect(problemText(code, {}, 'fallback', language)).not.toBe('fallback');
    expect(problemText('calendar.year.mismatch', { value: 2027, year: 2026 }, 'fallback', 'zh')).toBe('该文件是 2027 年的，不是 2026 年的。');
    expect(problemText('hours.time.invalid', { value: '25:00' }, 'fallback', 'en')).toBe('"25:00" is not a time of day such as 09:00 (closing may be 24:00).');
  });

  it("keeps the server's sentence for a code it has no words for", () => {
    expect(problemText('userName.invalid', {}, 'There is no user bob.', 'zh')).toBe('There is no user bob.');
    expect(problemText(undefined, undefined, 'Bad gateway', 'en')).toBe('Bad gateway');
  });
});

describe('nodeName', () => {
  it("names the shipped flow's tasks in Chinese by element id, and keeps a designer's own names", async () => {
    const { nodeName } = await import('./i18n');
    expect(nodeName('resolve_l1', 'Resolve (L1)', 'zh')).toBe('处理问题（一线）');
    expect(nodeName('resolve_l1', 'Resolve (L1)', 'en')).toBe('Resolve (L1)');
    expect(nodeName('approve', 'Approve the refund', 'zh')).toBe('Approve the refund');
  });

  it('translates a shipped name only while the diagram still carries it, and turns the translation back', async () => {
    const { nodeName, shippedName } = await import('./i18n');
    expect(nodeName('resolve_l1', 'Solve it yourself', 'zh')).toBe('Solve it yourself');
    expect(shippedName('resolve_l1', '处理问题（一线）', 'zh')).toBe('Resolve (L1)');
    expect(shippedName('resolve_l1', '我自己的名字', 'zh')).toBe('我自己的名字');
  });
});

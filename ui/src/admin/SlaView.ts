import { get } from '../api/http';
import type { SlaPolicyView } from '../api/types';
import { t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { holidaysSection } from './HolidaysSection';
import { SLA_POLICIES } from './SlaPolicyForm';
import { slaPolicyTable } from './SlaPolicyTable';
import { slaPreviewBox } from './SlaPreviewBox';
import { todayIn } from './weekDates';

/**
 * #/admin/sla: the SLA policies (a case's targets by priority, segment and channel), a preview of when a case would
 * be due, and the calendar of holidays and make-up working days the targets skip. Teams' business hours are on
 * each team's page.
 */
export async function renderSla(container: HTMLElement): Promise<void> {
  const policies = await get<SlaPolicyView[]>(SLA_POLICIES);
  // The year on the desk's calendar (Asia/Shanghai), where the holidays are.
  const year = Number(todayIn('Asia/Shanghai').slice(0, 4));
  container.replaceChildren(h('section', { class: 'admin-view sla', 'data-testid': 'sla' }, h('h2', {}, t('admin.view.sla')),
    slaPolicyTable(policies), slaPreviewBox(), holidaysSection(year)));
}

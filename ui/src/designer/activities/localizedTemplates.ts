import { bilingualText } from '../../i18n/bilingualText';
import type { Language } from '../../i18n/messages';
import type { ElementTemplate } from './ElementTemplate';

const categories: Record<string, string> = { support: '客服', risk: '风控' };

/**
 * The element templates in the designer's language: the activities name and describe themselves "English / 中文",
 * and their categories have Chinese names here. Ids and bindings stay as they are.
 */
export function localizedTemplates(templates: ElementTemplate[], language: Language): ElementTemplate[] {
  return templates.map((template) => ({
    ...template,
    name: bilingualText(template.name, language),
    description: template.description === undefined ? undefined : bilingualText(template.description, language),
    category: template.category && language === 'zh' && categories[template.category.id]
      ? { ...template.category, name: categories[template.category.id]! } : template.category,
  }));
}

/**
 * The properties panel's own buttons ("Toggle section", "Create new list item") call a translate function that
 * bpmn-js-properties-panel never passes down, so they stay English whatever translate service the modeler has.
 * This watches the panel and translates those tooltips as they appear.
 */
export function translatePanelTitles(panel: HTMLElement, dictionary: Record<string, string>): MutationObserver {
  const translateIn = (root: Element) => {
    for (const element of [root, ...root.querySelectorAll('[title]')]) {
      const title = element.getAttribute('title');
      const translated = title ? dictionary[title] : undefined;
      if (translated) element.setAttribute('title', translated);
    }
  };
  const observer = new MutationObserver((changes) => {
    for (const change of changes) {
      if (change.target instanceof Element) translateIn(change.target);
      change.addedNodes.forEach((node) => { if (node instanceof Element) translateIn(node); });
    }
  });
  observer.observe(panel, { subtree: true, childList: true, attributes: true, attributeFilter: ['title'] });
  translateIn(panel);
  return observer;
}
